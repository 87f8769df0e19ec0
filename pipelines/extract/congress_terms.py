"""The term a Party congress plans for, as the default target year of a congress page.

A congress of a commune, ward or province ("Đại hội đại biểu Đảng bộ xã ... lần thứ XV, nhiệm kỳ
2025 - 2030") adopts the resolution of its term: a target the page states with no year of its own
falls due at the term's end (CONVENTIONS target_year: the plan period's end of the document the
article is about). A council's or a post's term ("HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026") plans
nothing and is not read here: only a term written after a ``congress`` cue counts.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.text.fold import fold
from pipelines.text.years import YEAR

_TABLE = "document_cues.csv"
_GAP = 120  # at most this many characters, within one sentence, between the congress and its term


def _pattern(lex: Lexicons) -> re.Pattern:
    congress, term = cue_group(lex, _TABLE, "congress"), cue_group(lex, _TABLE, "term_of_office")
    return re.compile(
        rf"(?<!\w){congress}(?!\w)[^.;:!?\n]{{0,{_GAP}}}?(?<!\w){term}\s*\(?\s*(?P<y1>{YEAR})\s*[-–]\s*(?P<y2>{YEAR})(?!\d)"
    )


def congress_term_end(text: str, lex: Lexicons, written: int | None = None) -> int | None:
    """The end of the latest congress term ``text`` names, not before the year it was ``written``.

    Example: "Đại hội Đảng bộ phường Tân An lần thứ I, nhiệm kỳ 2025 - 2030 đề ra 18 chỉ tiêu"
    -> 2030; "Kỳ họp HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026" -> None (no congress).
    """
    ends = [
        int(m.group("y2"))
        for m in compiled(lex, "congress_term", _pattern).finditer(fold(text))
        if int(m.group("y1")) < int(m.group("y2"))
    ]
    ends = [e for e in ends if written is None or e >= written]
    return max(ends) if ends else None
