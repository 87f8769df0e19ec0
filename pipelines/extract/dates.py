"""Dates, years, plan periods and horizons as Vietnamese texts write them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipelines.text.fold import fold

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?!\d)")
_LONG = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+năm\s+(\d{4})")
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)")
_VISION = re.compile(r"tâm nhin\s+(?:đên|tơi)\s+(?:năm\s+)?((?:19|20)\d{2})")
_YEAR = re.compile(r"(?:(?P<cue>đên|trươc|tơi|vao|trong|cuôi)\s+)?năm\s+(?:mơi\s+)?(?P<y>(?:19|20)\d{2})(?!\s*-\s*\d)")


@dataclass(frozen=True)
class DateMention:
    """A full date in the text."""

    start: int
    end: int
    value: dt.date


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Full dates ("02/5/2024", "ngày 02 tháng 5 năm 2024") inside a span, in order.

    >>> [d.value.isoformat() for d in find_dates("ngày 02/5/2024 và ngày 13 tháng 6 năm 2023")]
    ['2024-05-02', '2023-06-13']
    """
    folded = fold(text)
    end = len(text) if end is None else end
    out = []
    for rx in (_DMY, _LONG):
        for m in rx.finditer(folded, start, end):
            d, mth, y = (int(g) for g in m.groups())
            try:
                out.append(DateMention(m.start(), m.end(), dt.date(y, mth, d)))
            except ValueError:
                continue
    return sorted(out, key=lambda d: d.start)


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """Plan periods "2021 - 2030", "2021-2025" as (start, end, first_year, last_year).

    >>> find_periods("thời kỳ 2021 -2030")
    [(8, 18, 2021, 2030)]
    """
    end = len(text) if end is None else end
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in _PERIOD.finditer(text, start, end)
        if int(m.group(1)) < int(m.group(2))
    ]


def find_vision_year(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The year of "tầm nhìn đến năm 2050" inside a span, if any.

    >>> find_vision_year("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050")
    2050
    """
    m = _VISION.search(fold(text), start, len(text) if end is None else end)
    return int(m.group(1)) if m else None


def find_years(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, str]]:
    """Year mentions "năm 2021", "đến năm 2030", "trước năm 2025" as (start, end, year, cue).

    >>> [(y, c) for _, _, y, c in find_years("phấn đấu năm 2021 đạt 7%, đến năm 2025 đạt 8%")]
    [(2021, ''), (2025, 'đên')]
    """
    end = len(text) if end is None else end
    return [
        (m.start(), m.end(), int(m.group("y")), m.group("cue") or "") for m in _YEAR.finditer(fold(text), start, end)
    ]


def find_deadline(text: str, start: int, end: int, cues: str = r"(?:trươc|châm nhât)") -> DateMention | None:
    """The date after a deadline cue ("trước ngày", "chậm nhất ngày") inside a span. ``cues``
    is a regex group over folded text (the extractor passes the ``deadline`` cues of
    ``assignment_cues.csv``).

    >>> find_deadline("gửi về Văn phòng trước ngày 15/01/2023.", 0, 39).value.isoformat()
    '2023-01-15'
    """
    folded = fold(text)
    for d in find_dates(text, start, end):
        before = folded[max(start, d.start - 25) : d.start]
        if re.search(rf"{cues}\s+(?:ngay\s+)?$", before):
            return d
    return None
