"""A growth said of the level before it, with no label of its own.

CONVENTIONS (sessions 18, 22 and 37): inside a list of targets, a growth given after a level ("đón
3 triệu lượt khách, tăng bình quân 14%/năm") is a row of its own, of the growth's code when the
lexicon has one (``unit_switches.csv``: RETAIL_SALES -> RETAIL_SALES_GROWTH, read by the
phrasing's unit switch), else uncoded. A bare growth word there ("tốc độ tăng trưởng") names the
level's growth, not GRDP's.
"""

from __future__ import annotations

from pipelines.extract import dates
from pipelines.extract.indicators.comparators import comparator_after, comparator_of, cue_start, past_earlier
from pipelines.extract.indicators.page import Page, Clause
from pipelines.extract.indicators.phrasings import switch_code
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span


def growth_of_level(page: Page, clause: Clause, k: int, quantities: list[Quantity]) -> tuple[dict, Span] | None:
    """The row of the level that the ``k``-th quantity, a percent, is the growth of, and the span
    of its growth words ("tăng bình quân"); None unless the percent follows the figures of its clause
    after a comma, led only by growth words (``growth_after`` then ``growth_after_tail``), the
    level is the clause's last row before it, every figure between them is in the level's unit
    (its parts: "đón 4 triệu lượt khách, trong đó 400.000 lượt khách quốc tế, tăng bình quân
    10%/năm"), and the lexicon has no growth code for the level.

    A growth compared with a year ("tăng 12% so với năm 2025") is left to the base rules.

    Example: "Năm 2027, tỉnh đón 3 triệu lượt khách, tăng bình quân 14%/năm" -> the arrivals row."""
    q = quantities[k]
    if q.unit != "percent" or not k or quantities[k - 1].unit == "percent":
        return None
    cue = cue_start(page, quantities[k - 1].end, q)
    start = past_earlier(page, quantities[k - 1].end, cue)
    # its period aside ("tăng trưởng bình quân giai đoạn 2026 - 2030 là 10%"); it may open the comparator
    words = page.words.level_growth.match(_without_periods(page, start, q.start))
    if words is None or start + words.end() < cue or page.words.plan_compare.match(page.folded, q.end):
        return None
    if _compared(page, q):
        return None  # "..., tăng 12% so với năm 2025": a comparison, read by the base rules (section_bases)
    lead = page.text[start : start + words.end()]
    opened = max(lead.rfind(","), lead.rfind("(")) + 1  # past the level's own words: "lượt khách du lịch, "
    first = start + opened + len(lead[opened:]) - len(lead[opened:].lstrip())
    level = _level_before(page, clause, quantities[:k], first)
    if level is None:
        return None
    code = level["indicator_code"]
    if code is not None and switch_code(code, "percent", "", page.lex) != code:
        return None  # the phrasing's unit switch reads it ("tổng mức bán lẻ ..., tăng 12%")
    return level, (first, start + words.end())


def _level_before(page: Page, clause: Clause, before: list[Quantity], first: int) -> dict | None:
    """The row of the clause's last figure before ``first`` that has one (a row of its values and
    unit: the row may quote the same target in the lead), when every figure after it is in its
    unit (its parts); None otherwise."""
    figures = [p for p in before if p.start >= clause.span[0] and p.end <= first]
    for i in range(len(figures) - 1, -1, -1):
        p = figures[i]
        rows = [
            r
            for r in page.found.values()
            if (r["value_low"], r["value_high"], r["unit"]) == (p.low, p.high, p.unit) and r["unit"] != "percent"
        ]
        rows.sort(key=lambda r: not r["char_start"] <= p.start < r["char_end"])  # its own quote first
        if rows:
            return rows[0] if all(f.unit == p.unit for f in figures[i + 1 :]) else None
    return None


def _compared(page: Page, q: Quantity) -> bool:
    """Whether a comparison with a year ("so với năm 2025", "so với năm trước") follows ``q`` right
    after it."""
    end = min(len(page.folded), q.end + _BASE_REACH)
    found = [
        m.start() for b in (page.words.prior_base, page.words.dated_base) for m in b.finditer(page.folded, q.end, end)
    ]
    return any(not page.folded[q.end : s].strip() for s in found)


_BASE_REACH = 40  # characters after the value a comparison's words may start within


def _without_periods(page: Page, start: int, end: int) -> str:
    """The folded text from ``start`` to ``end`` with its periods blanked ("giai đoạn 2026 - 2030")."""
    gap = list(page.folded[start:end])
    for s, e, *_ in dates.find_periods(page.text, start, end):
        gap[s - start : e - start] = " " * (e - s)
    return "".join(gap)


def growth_row_value(page: Page, level: dict, words: Span, q: Quantity) -> tuple[str, tuple, Span]:
    """The label, value key (comparator, values, unit, year) and quoted span of the growth row of
    ``level`` whose growth words ``words`` stand before ``q``: labelled by those words and the
    level's label, of the level's year, with the growth's own comparator ("tăng bình quân trên
    10%/năm": gt).

    Example: "..., tăng bình quân 14%/năm" after "3 triệu lượt khách" -> "tăng bình quân lượt khách"."""
    after = comparator_after(page, q)
    end = max(q.end, after.end if after else 0)
    label = f"{page.text[words[0] : words[1]].strip()} {level['label_vi']}"
    comparator = comparator_of(page, words[0], q)
    return label, (comparator, q.low, q.high, q.unit, level["target_year"]), (words[0], end)
