"""The products a plan will consolidate, raise by a grade or recertify are the units its actions
apply to, no target (CONVENTIONS, sessions 36 and 42): "củng cố, nâng cao chất lượng 35 sản phẩm
OCOP đã được công nhận", "nâng hạng 4 sản phẩm từ 3 sao lên 4 sao", "chứng nhận lại cho 12 sản
phẩm", "nâng cấp 40% sản phẩm". The increment a plan sets beside them ("phát triển mới 15 sản
phẩm", "công nhận mới 20 sản phẩm OCOP") stays a row.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.numbers import Quantity
from pipelines.extract.indicators.page import Page, segment_around
from pipelines.extract.indicators.quantities import quantities_in
from pipelines.text.segment import Span


def _patterns(lex: Lexicons) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The verbs of an action on products held (``acted_verb``), the words that make new units
    (``new_units_verb``), the product noun (``acted_noun``) and a grade raised after the count
    ("từ 3 sao lên 4 sao": ``range_from``, ``grade_noun`` and ``change_to``)."""
    g = lambda role: alternation(role_cues(lex, role))  # noqa: E731
    grade = rf"\s+(?:(?:{g('range_from')})\s+)?\d+\s+(?:{g('grade_noun')})\s+(?:{g('change_to')})\s+\d+\s+(?:{g('grade_noun')})(?!\w)"
    return (
        re.compile(rf"(?<!\w)(?:{g('acted_verb')})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{g('new_units_verb')})(?!\w)"),
        re.compile(rf"\s*(?:{g('acted_noun')})(?!\w)"),
        re.compile(grade),
    )


def acts_on_products(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether ``q`` counts products (or their share) that an action applies to: a product count
    that a grade change follows ("nâng cấp 02 sản phẩm từ 3 sao lên 4 sao"), or one whose words
    before it, in its comma segment and after any figure there, hold an ``acted_verb`` and no
    ``new_units_verb`` ("củng cố, nâng cấp 40% sản phẩm" -> True; "phát triển mới 15 sản phẩm"
    -> False)."""
    if q.unit not in ("count", "percent"):
        return False
    acted, new, noun, grade = compiled(page.lex, "acted_products", _patterns)
    counted = q.end if q.unit == "percent" else _noun_start(page, q)
    if counted is None or not noun.match(page.folded, counted, clause[1]):
        return False
    if q.unit == "count" and grade.match(page.folded, q.end, clause[1]):
        return True
    seg = segment_around(page.text, clause, q.start)
    lo = max([seg[0]] + [p.end for p in quantities_in(page, clause) if seg[0] <= p.end <= q.start])
    return bool(acted.search(page.folded, lo, q.start)) and not new.search(page.folded, lo, q.start)


def _noun_start(page: Page, q: Quantity) -> int | None:
    """Where the counted noun of count ``q`` starts: after its number ("4 sản phẩm")."""
    m = re.match(r"[\d.,]+", page.text[q.start : q.end])
    return q.start + m.end() if m else None
