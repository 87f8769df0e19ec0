"""Results an aim builds on: "Tỉnh tăng trưởng 9,5%, hướng tới mục tiêu 12% năm 2027" states the
year's result before the aim; the result is no target (``builds_on``)."""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract.context import classify
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span
from pipelines.extract.indicators.page import Page, segment_around
from pipelines.extract.indicators.years import stated_years
from pipelines.text.years import YEAR


def builds_on(page: Page, clause: Span, q: Quantity, found: list[Quantity]) -> bool:
    """Whether a quantity is the result an aim after it builds on: it stands in the clause's first
    comma segment, whose words make no target by their own cues and name no target before it, and
    a later segment holds a target cue that a figure of the same unit follows ("Tỉnh tăng trưởng
    9,5%, hướng tới mục tiêu 12% năm 2027"; "Với GRDP tăng 7% trong 9 tháng, tỉnh quyết tâm đạt mục tiêu trên 8%"): no
    row, the aim is the target, when the segment reviews (``_reviews``): "Tăng trưởng năm 2026 đạt
    8%, phấn đấu đạt 8,5%" in a 2026 plan sets two aims."""
    text = page.text
    seg = segment_around(text, clause, q.start)
    if seg[0] != clause[0] or seg[1] >= clause[1]:
        return False
    alone = dataclasses.replace(page.cues, default="", strict=True)
    if classify(text, seg, seg, seg, "", alone) == "target" or page.lex.target_cues.find(text, seg[0], q.start):
        return False  # a target quoted as a result's yardstick ("chưa đạt mục tiêu đề ra là trên 10%") stays one
    aims = page.lex.target_cues.find(text, seg[1], clause[1])
    if not aims or not any(f.start >= aims[0].end and f.unit == q.unit for f in found):
        return False
    return _reviews(page, seg, (aims[0].start, clause[1]))


# a year written bare ("sau bước đệm 2025"), not inside a date ("2026-02-22") or a number
_BARE_YEAR = re.compile(rf"(?<![\d.,/-]){YEAR}(?![\d.,/%-])")


def _reviews(page: Page, seg: Span, aim: Span) -> bool:
    """Whether a segment speaks of what is done: the years it names lie before the publication
    year, or it names an elapsed part of the year ("trong 9 tháng năm 2025": ``elapsed_part``);
    naming no year, it stands before an aim at a year after the publication year ("..., hướng tới
    mục tiêu 12% năm 2027" in a 2026 page: the figure is the year now ending)."""
    published = page.cues.published_year
    if published is None:
        return False
    if page.words.elapsed_part.search(page.folded, *seg):
        return True
    years = [y for *_, y, _ in stated_years(page, *seg)]
    years += [int(m.group()) for m in _BARE_YEAR.finditer(page.text, *seg)]  # "sau bước đệm 2025"
    if years:
        return max(years) < published
    return any(y > published for *_, y, _ in stated_years(page, *aim))
