"""A phase of a total: a figure whose comma segment opens with a year or a period.

"Tổng diện tích trồng rừng giai đoạn 2022 - 2025 là 13.800 ha. Trong đó, năm 2022 trồng mới
4.500 ha, từ giai đoạn 2023 - 2025 trồng mới 9.300 ha": the figures after "trong đó" narrow the
time, not what is counted; each is a row of its own end year beside the total's, even when they
add up to it (CONVENTIONS, sessions 33 and 42). Cues (``indicator_cues.csv``): a
``breakdown_lead``, then ``phase_lead`` words ("riêng", "từ", "trong"), then a ``next_year_noun``
and its year ("năm 2022", "giai đoạn 2023 - 2025") opening the segment. A phase that names nothing of its own
("giai đoạn 2021 - 2030 tăng 7 - 9%/năm" after "Tốc độ tăng GRDP ... trong đó:") takes the code of
the total it narrows: the same indicator (session 33).
"""

from __future__ import annotations

from pipelines.extract.indicators.page import Page, segment_around
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span, sentences


def opens_phase(page: Page, clause: Span, pos: int) -> bool:
    """Whether the comma segment of ``clause`` around ``pos`` (a figure) opens with a phase's
    year or period. Example: "Trong đó, năm 2022 trồng mới 4.500 ha" -> True at "4.500";
    "Trong đó, rừng phòng hộ 3.000 ha" -> False."""
    seg = segment_around(page.text, clause, pos)
    return page.words.phase_opener.match(page.folded, seg[0], pos) is not None


def phase_total(page: Page, clause: Span, sentence: Span, q: Quantity) -> dict | None:
    """The coded row of the total a phase ``q`` narrows: the last coded row of ``q``'s unit before
    it in its sentence, or, when the sentence opens with a ``breakdown_lead``, in the sentence
    before it on its line; None when ``q`` opens no phase or no such row stands there. Example:
    "Tốc độ tăng GRDP bình quân 6 - 8%/năm, trong đó: giai đoạn 2026 - 2030 tăng 7 - 9%/năm" ->
    the GRDP_GROWTH row of "6 - 8%"."""
    if not opens_phase(page, clause, q.start):
        return None
    lo = sentence[0]
    if page.words.breakdown_lead.match(page.folded, sentence[0], q.start):
        held = page.sentence_at(sentence[0])
        before = [s for s in sentences(page.text, held[0]) if s[1] <= sentence[0]] if held else []
        lo = before[-1][0] if before else sentence[0]
    totals = [
        r
        for r in page.found.values()
        if r["indicator_code"] is not None
        and r["unit"] == q.unit
        and r["comparator"] != "achieve"
        and lo <= r["char_start"]
        and r["char_end"] <= q.start
    ]
    return max(totals, key=lambda r: r["char_end"]) if totals else None
