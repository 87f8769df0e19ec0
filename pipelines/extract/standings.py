"""Standings against the country with no number: an uncoded ``achieve`` aim.

"Phấn đấu đến năm 2025, nền kinh tế đạt mức trung bình của cả nước" and "GRDP bình quân đầu
người đến năm 2030 tương đương với bình quân chung cả nước" set a checkable state that no
lexicon code names (it is relative to the national average). A ``standing`` cue
(``indicator_cues.csv``) states one when no number stands between the start of its comma
segment and the cue, and no ``standing_compare`` word ("cao hơn", "vượt") makes it a
comparison ("tăng trưởng cao hơn mức bình quân chung cả nước" only compares).
"""

from __future__ import annotations

import re

from pipelines.text.segment import Span


def standings(
    folded: str, segments: list[Span], cue: re.Pattern, compare: re.Pattern, numbers: list[Span]
) -> list[Span]:
    """The spans (segment start, cue end) of the standings stated in ``segments`` of the folded
    text; ``numbers`` are the spans of the quantities found there."""
    out: list[Span] = []
    for start, end in segments:
        hit = cue.search(folded, start, end)
        if hit is None or compare.search(folded, start, hit.start()):
            continue
        if any(start <= s < hit.end() for s, _ in numbers):
            continue
        out.append((start, hit.end()))
    return out
