"""Products or organisations a plan only keeps up: their count or share is the reach of its action.

A product programme's plan lists what it does to the units that exist: "củng cố, nâng cao chất
lượng 36 sản phẩm OCOP đã được công nhận", "nâng hạng ít nhất 4 sản phẩm từ 3 sao lên 4 sao",
"chứng nhận lại lần 2 cho 12 sản phẩm", "duy trì, nâng cấp 60% sản phẩm". The figure tells how
many units the action reaches, not a target: no row, whether a count or a share (CONVENTIONS,
session 43, the OCOP lists). Joined with a verb that forms or develops units ("phát triển mới và
củng cố 40 - 45 hợp tác xã", "phát triển, nâng cấp ít nhất 15 tổ chức kinh tế") the figure counts
the units the scheme develops and stays.

Steps (the cues are roles of ``indicator_cues.csv``):
1. the row's figure counts products or organisations: an ``upkeep_units`` noun follows its number
   (past a "%" and a ``counted_gap`` word: "60% sản phẩm", "44 sản phẩm OCOP");
2. right before the figure (past a comparator before it and ``upkeep_gap`` words or numbers)
   stand ``upkeep_verb`` words joined by ``upkeep_join`` ("củng cố, nâng cao chất lượng");
3. no ``forming_verb`` is joined before them ("phát triển mới và củng cố").
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page

_REACH = 160  # characters before the figure in which the verbs are read


def kept_up(row: dict, page: Page) -> bool:
    """Whether a row's figure counts products or organisations the plan only keeps up, upgrades or
    recertifies (module steps). Example: "củng cố, nâng cao chất lượng 36 sản phẩm OCOP" is no row;
    "phát triển mới và củng cố 40 - 45 hợp tác xã" stays."""
    if row["value_low"] is None:
        return False
    figure = _figure(row, page)
    if figure is None:
        return False
    start, end = figure
    pats = _patterns(page)
    if not pats["units"].match(page.folded, end):
        return False
    before = page.folded[max(0, start - _REACH) : start]
    run = pats["run"].search(before)
    if run is None:
        return False
    return not pats["formed"].search(before, 0, run.start())


def _figure(row: dict, page: Page) -> tuple[int, int] | None:
    """Where the row's number starts, and where its digits (and "%") end: the first quantity of
    the row's value inside its quote."""
    for q in page.units.find(page.text, row["char_start"], row["char_end"]):
        if q.low == row["value_low"]:
            digits = list(re.finditer(r"\d", page.folded[q.start : q.end]))
            return q.start, q.start + digits[-1].end() if digits else q.end
    return None


def _patterns(page: Page) -> dict[str, re.Pattern]:
    """The compiled patterns of the module's steps, built once per lexicon."""

    def build(lex) -> dict[str, re.Pattern]:
        verb = alternation(role_cues(lex, "upkeep_verb"))
        join = alternation(role_cues(lex, "upkeep_join"))
        gap = alternation(role_cues(lex, "upkeep_gap"))
        comparator = alternation(list(lex.tables["comparators.csv"].query("position == 'before'")["phrase"]))
        units = alternation(role_cues(lex, "upkeep_units"))
        counted = alternation(role_cues(lex, "counted_gap"))
        joined = rf"(?:\s*(?:{join})\s*)+"
        return {
            "units": re.compile(rf"\s*%?\s*(?:(?:{counted})\s+)?{units}(?!\w)"),
            "run": re.compile(rf"(?<!\w){verb}(?:{joined}{verb})*(?:\s+(?:{gap}|\d+))*\s+(?:{comparator}\s+)?$"),
            "formed": re.compile(rf"(?<!\w){alternation(role_cues(lex, 'forming_verb'))}{joined}$"),
        }

    return compiled(page.lex, "kept_up", build)
