"""A figure compared with an earlier year in a plain paragraph of a target section.

CONVENTIONS (ruled in session 27): in a plain paragraph of a target section (no list), a figure
followed by its comparison with a year before the section's ("GRDP bình quân đầu người 95 triệu
đồng, bằng 108% so với năm 2025" among the 2026 aims) is the section's target; the comparison
gives no row of its own. A review of a past year ("năm 2024 đạt ..., tăng 7% so với năm 2023")
names a year before the section's: it still reports.

- ``earlier_bases``: the comparisons of a clause that names no earlier year of its own with a
  year before the section's (``dated_base`` and its year, or ``prior_base``: "so với năm trước");
- ``only_bases``: whether such comparisons are the clause's only result cues and it names no
  earlier year of its own: it states the section's target;
- ``compared_figures``: the figures that only state the comparison ("..., tăng 12% so với năm
  2025" after the figure compared): no row.
"""

from __future__ import annotations

from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span
from pipelines.extract.indicators.comparators import cue_start
from pipelines.extract.indicators.page import Page, segment_around
from pipelines.extract.indicators.years import stated_years


def comparisons(page: Page, clause: Span) -> list[Span]:
    """Every comparison in ``clause`` with a year, named or the year before ("so với năm 2025",
    "so với cùng kỳ năm trước"), whatever the year."""
    found = page.words.prior_base.finditer(page.folded, *clause), page.words.dated_base.finditer(page.folded, *clause)
    return sorted(m.span() for matches in found for m in matches)


def earlier_bases(page: Page, clause: Span, year: int | None, relative: bool = True) -> list[Span]:
    """The comparisons in ``clause`` with a year before ``year``: "so với năm 2025", "so với
    cùng kỳ năm 2025" (``dated_base``), and, when ``relative`` (the clause's own sentence names
    ``year``), "so với năm trước" (``prior_base``) for 2026: in a section carried from an earlier
    paragraph, "cùng kỳ năm trước" may be measured from a part of a year the clause narrates
    ("Dịp nghỉ lễ, doanh thu ... tăng 50% so với cùng kỳ năm trước")."""
    if not year:
        return []
    prior = [m.span() for m in page.words.prior_base.finditer(page.folded, *clause)]
    out = prior if relative else []
    out += [m.span() for m in page.words.dated_base.finditer(page.folded, *clause) if int(m.group("year")) < year]
    own = [y for s, _, y, _ in stated_years(page, *clause) if not any(a <= s < b for a, b in prior)]
    if any(y < year for y in own):
        return []  # "Năm 2025 thu ngân sách đạt ..., tăng 8% so với năm 2024": a review, no section's figure
    return sorted(out)


def only_bases(page: Page, clause: Span, year: int | None, relative: bool = True) -> bool:
    """Whether ``clause``, in a target section of ``year``, compares its figures with an earlier
    year (``earlier_bases``) and reports nothing else: every result cue (and every share of a
    past figure, "tăng 9% so với cùng kỳ") lies in such a comparison.

    Example: "Thu ngân sách đạt 9.000 tỷ đồng, tăng 10% so với cùng kỳ năm 2025" for 2026 -> True;
    "Năm 2025 thu ngân sách đạt 8.200 tỷ đồng, tăng 10% so với năm 2024" for 2026 -> False."""
    bases = earlier_bases(page, clause, year, relative)
    if not bases or not page.units.find(page.text, *clause):
        return False
    hits = [(h.start, h.end) for h in page.lex.result_cues.find(page.text, *clause)]
    hits += [m.span() for m in page.words.plan_share.finditer(page.folded, *clause)]
    return all(any(a < e and s < b for a, b in bases) for s, e in hits)


def compared_figures(page: Page, clause: Span, bases: list[Span], quantities: list[Quantity]) -> set[int]:
    """The ids of the quantities that only state a comparison with an earlier year: in the comma
    segment of a comparison, before it, after a figure of the clause's earlier segments, with at
    most a verb of change before them in their segment ("Xuất khẩu đạt 900 triệu USD, tăng 12% so
    với năm 2025": 12% is no row; "..., dịch vụ tăng 9% so với năm trước" names what grows: a row).
    A bracket opened right after a figure with a ratio word starts such a segment too ("đón 3,2
    triệu lượt khách (bằng 108% so với năm 2024)": 108% is no row; ``_bracket_segment``)."""
    out = set()
    for q in quantities:
        seg = _bracket_segment(page, segment_around(page.text, clause, q.start), q, quantities)
        if not any(q.end <= a < seg[1] for a, _ in bases):
            continue
        if (
            not any(p.end <= seg[0] for p in quantities)
            or len(page.text[seg[0] : cue_start(page, seg[0], q)].split()) > 1
        ):
            continue
        out.add(id(q))
    return out


def _bracket_segment(page: Page, seg: Span, q: Quantity, quantities: list[Quantity]) -> Span:
    """``seg``, or, when ``q`` opens a bracket right after a figure of ``seg`` (only spaces
    between), led by a ratio word (``base_ratio``: "bằng"), the part of ``seg`` from inside that
    bracket: the bracket sets the ratio apart from the figure it compares as a comma does. A
    bracketed growth ("(tăng 12% so với năm 2026)") is left to the list rules (``level_growth``).

    Example: in "đạt 3.200.000 lượt (bằng 108% so với năm 2024)" the segment of 108% starts
    after "(", behind the figure 3.200.000 lượt."""
    bracket = page.text.rfind("(", seg[0], q.start)
    ratio = page.words.base_ratio.match(page.folded, bracket) if bracket >= 0 else None
    if ratio is None or ratio.end() != q.start:
        return seg
    before = [p for p in quantities if seg[0] <= p.start and p.end <= bracket]
    if not before or page.text[before[-1].end : bracket].strip():
        return seg
    return bracket + 1, seg[1]
