"""Standings against the country with no number: an ``achieve`` aim.

"Phấn đấu đến năm 2025, nền kinh tế đạt mức trung bình của cả nước" and "GRDP bình quân đầu
người đến năm 2030 tương đương với bình quân chung cả nước" set a checkable state relative to
the national average. A ``standing`` cue (``indicator_cues.csv``) states one when no number
stands between the start of its comma segment and the cue. After a ``standing_compare`` word
("cao hơn", "vượt") it states an aim ("Đảm bảo tốc độ tăng trưởng kinh tế cao hơn mức bình
quân chung của cả nước") only when no number stands before it in its clause: "tăng trưởng đạt
6,5%, cao hơn bình quân chung cả nước" compares a figure.
"""

from __future__ import annotations

import re

from pipelines.text.segment import Span


def standings(
    folded: str, segments: list[Span], cue: re.Pattern, compare: re.Pattern, numbers: list[Span]
) -> list[Span]:
    """The spans (segment start, cue end) of the standings stated in ``segments`` (the comma
    segments of one clause, in order) of the folded text; ``numbers`` are the spans of the
    quantities found in the clause."""
    out: list[Span] = []
    clause_start = segments[0][0] if segments else 0
    for start, end in segments:
        hit = cue.search(folded, start, end)
        if hit is None:
            continue
        since = clause_start if compare.search(folded, start, hit.start()) else start
        if any(since <= s < hit.end() for s, _ in numbers):
            continue
        out.append((start, hit.end()))
    return out
