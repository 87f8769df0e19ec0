"""A count or share of one grade of what a code counts: uncoded, named by its grade.

A code that counts rated units holds every grade ("sản phẩm OCOP": the certified products of
three stars and more); a figure of ONE grade ("8 sản phẩm đạt chuẩn OCOP 4 sao", "15% số sản
phẩm ... 5 sao") counts a group of them, so it keeps no code and its label names the grade
(CONVENTIONS, session 39). A floor of grades ("3 sao trở lên", "đạt từ 3 sao") or a span of them
("3-4 sao", "4 sao và 5 sao": a ``coordinate_join`` word) is no one grade. Cues
(``indicator_cues.csv``): ``grade_noun`` ("sao") after the grade's number, ``grade_floor`` ("từ"
before the number, "trở lên" after the noun).
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.numbers import Quantity
from pipelines.extract.indicators.page import Page
from pipelines.text.matcher import Match

_GAP_WORDS = 3  # words between what is counted and its grade: "sản phẩm OCOP đạt chuẩn 4 sao"


def one_grade_end(page: Page, code: str | None, q: Quantity, phrase: Match) -> int | None:
    """Where the one grade written right after the phrasing (or the figure's unit) of the coded
    count or share ``q`` ends, or None when no single grade follows.

    Example: "tối thiểu 8 sản phẩm đạt chuẩn OCOP 4 sao" -> the end of "4 sao"; "16 sản phẩm
    OCOP đạt 3 sao trở lên" -> None."""
    if code is None or q.unit not in ("count", "percent"):
        return None
    grade, floor, more = _patterns(page)
    m = grade.match(page.folded, max(q.end, phrase.end))
    if m is None or (m.group("lead") and floor.fullmatch(m.group("lead").split()[-1])):
        return None
    if floor.match(page.folded, m.end()) or more.match(page.folded, m.end()):
        return None
    return m.end()


def _patterns(page: Page) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    def build(lex):
        noun = alternation(role_cues(lex, "grade_noun"))
        floor = alternation(role_cues(lex, "grade_floor"))
        join = alternation(role_cues(lex, "coordinate_join"))
        return (
            re.compile(rf"(?P<lead>(?:\s+[^\W\d_]+){{0,{_GAP_WORDS}}}?)\s+\d{{1,2}}\s*(?:{noun})(?!\w)"),
            re.compile(rf"\s*(?:{floor})(?!\w)"),
            re.compile(rf"\s*(?:[,\-–]|(?<!\w)(?:{join})(?!\w))\s*\d{{1,2}}\s*(?:{noun})(?!\w)"),
        )

    return compiled(page.lex, "grades", build)
