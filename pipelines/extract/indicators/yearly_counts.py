"""Counts of one year that the words do not make increments, and counts of a subgroup: uncoded.

Only the words make an increment (CONVENTIONS, sessions 25 and 35): units "được công nhận ...
trong năm 2027" and a count "theo từng năm", with no "thêm" / "mới", are that year's count, not
the stock the phrasing names and not its increment; they stay uncoded. Cues
(``indicator_cues.csv``): ``recognised`` ("công nhận") before the phrasing's end, then
``within_year`` ("trong năm") right after it; or ``each_year`` ("theo từng năm") before the
number in its segment. A count narrowed to a subgroup right after its phrasing
(``count_subgroup``: "lượt khách quốc tế") is no count of the whole either.
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.numbers import Quantity
from pipelines.extract.indicators.page import Page
from pipelines.text.matcher import Match


def yearly_count(page: Page, code: str | None, lo: int, q: Quantity, phrase: Match) -> bool:
    """Whether the count ``q`` of ``phrase`` (coded ``code`` after the switches, from segment
    start ``lo``) is one year's count of a stock that has an increment code, said with no
    increment word. Example: "có 8 xã được công nhận đạt chuẩn nông thôn mới trong năm 2027" ->
    True; "có thêm 8 xã ..." -> False (NEW_RURAL_COMMUNES_ADDED)."""
    if q.unit != "count" or code != phrase.value or code not in _stocks(page):
        return False
    recognised, within, each = _cues(page)
    end = max(q.end, phrase.end)
    if recognised.search(page.folded, min(lo, q.start), end) and within.match(page.folded, end):
        return True
    return bool(each.search(page.folded, min(lo, q.start), q.start))


def subgroup_count(page: Page, code: str | None, q: Quantity, phrase: Match) -> bool:
    """Whether the count ``q`` of ``phrase`` (a count code) is narrowed to a subgroup by a
    ``count_subgroup`` word right after the phrasing or the number's unit, with no total beside
    it (a part of a total is no row at all: the part filters run first, ``uncode_subgroups``): uncoded, the code counts the whole (CONVENTIONS
    session 35). Example: "đón 2 triệu lượt khách quốc tế" -> True; "đón 8 triệu lượt khách" ->
    False."""
    if q.unit != "count" or code is None or page.lex.indicator_info[code]["unit"] != "count":
        return False
    group = _group(page)
    return any(group.match(page.folded, end) for end in {phrase.end, q.end})


def uncode_subgroups(rows: list[dict], page: Page) -> None:
    """Drop, in place, the code (and English label) of the rows ``subgroup_count`` marked that
    no total claimed as its part. Example: "đón 2 triệu lượt khách quốc tế" -> uncoded."""
    for row in rows:
        key = (row["indicator_code"], row["comparator"], row["value_low"], row["value_high"], row["target_year"])
        if row["indicator_code"] is not None and key in page.subgroups:
            row["indicator_code"] = row["label_en"] = None


def _group(page: Page) -> re.Pattern:
    def build(lex):
        return re.compile(rf"\s*(?:{alternation(role_cues(lex, 'count_subgroup'))})(?!\w)")

    return compiled(page.lex, "count_subgroup", build)


def _stocks(page: Page) -> set[str]:
    """The count codes a curated increment word switches to an increment (``unit_switches.csv``)."""
    return {sw.indicator_code for sw in page.lex.unit_switches if sw.value_unit == "count" and sw.gap_cue}


def _cues(page: Page) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    def build(lex):
        def words(role):
            return alternation(role_cues(lex, role))

        return (
            re.compile(rf"(?<!\w)(?:{words('recognised')})(?!\w)"),
            re.compile(rf"\s*(?:{words('within_year')})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{words('each_year')})(?!\w)"),
        )

    return compiled(page.lex, "yearly_counts", build)
