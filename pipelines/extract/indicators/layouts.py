"""A master plan's layout, quoted by a page, which sets no target.

A master plan draws where the province's industrial parks and clusters go and how large they
are; a page that quotes it ("Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tỉnh có 9 khu công nghiệp
với tổng diện tích 3.100 ha và 25 cụm công nghiệp") describes the plan's layout, it states no aim
(CONVENTIONS, session 35: a plan's layout is no row; session 36: also when a news page quotes
it). A congress's aim to form such zones ("Hình thành 2 cụm công nghiệp") names no master plan and
is left alone.
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page


def plan_layout(row: dict, page: Page) -> bool:
    """Whether an uncoded row counts or measures the zones of a master plan's layout: its
    sentence names the plan (``layout_plan``) before it and counts a zone (a number right before
    a ``layout_noun``), and its own quote names a zone or the area (``layout_measure``).
    Example: "9 khu công nghiệp" and "tổng diện tích 3.100 ha" in "Theo Quy hoạch tỉnh ..., tỉnh
    có 9 khu công nghiệp với tổng diện tích 3.100 ha" are no rows."""
    if row.get("indicator_code") is not None:
        return False
    start = row["char_start"]
    held = page.sentence_at(start)
    if held is None:
        return False
    sentence = held[1]
    plan, zone, measure = _patterns(page)
    if not plan.search(page.folded, sentence[0], start) or not zone.search(page.folded, *sentence):
        return False
    quote = page.folded[start : row["char_end"]]
    return bool(zone.search(quote) or measure.search(quote))


def _patterns(page: Page) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The compiled ``layout_plan`` words, a number then a ``layout_noun``, and the
    ``layout_measure`` words (whole words), built once per lexicon."""
    return compiled(
        page.lex,
        "plan_layouts",
        lambda lex: (
            re.compile(rf"(?<!\w){alternation(role_cues(lex, 'layout_plan'))}(?!\w)"),
            re.compile(rf"\d\s+{alternation(role_cues(lex, 'layout_noun'))}(?!\w)"),
            re.compile(rf"(?<!\w){alternation(role_cues(lex, 'layout_measure'))}(?!\w)"),
        ),
    )
