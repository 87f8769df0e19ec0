"""Dates, years, plan periods and horizons as Vietnamese texts write them.

The words around the numbers ("ngày ... tháng ... năm", "đến năm", "tầm nhìn đến") are curated
in ``indicator_cues.csv`` and compiled in ``CueWords`` (``cue_words(lex)``), which every function
that reads words takes as ``words``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipelines.extract.cue_words import CueWords
from pipelines.text.fold import fold
from pipelines.text.years import YEAR

# "02/5/2024", and the Party press's "30-5-2019" (the same separator twice)
_DMY = re.compile(r"(?<![\d/-])(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
# "25.4.2023" as some provincial papers write it (no spaces: "1. 4. 2020" is no date)
_DOTTED = re.compile(r"(?<![\d.,/-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.,]\d)")
_PERIOD = re.compile(rf"(?<!\d)({YEAR})\s*[-\u2010-\u2014\u2212]\s*({YEAR})(?!\d)")  # any dash


@dataclass(frozen=True)
class DateMention:
    """A full date in the text."""

    start: int
    end: int
    value: dt.date


def find_dates(text: str, words: CueWords, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Full dates ("02/5/2024", "ngày 02 tháng 5 năm 2024") inside a span, in order.

    >>> from pipelines.extract.cue_words import _build
    >>> w = _build({"day_noun": ["ngày"], "month_noun": ["tháng"], "year_noun": ["năm"]})
    >>> [d.value.isoformat() for d in find_dates("ngày 02/5/2024 và ngày 13 tháng 6 năm 2023", w)]
    ['2024-05-02', '2023-06-13']
    >>> [d.value.isoformat() for d in find_dates("Kế hoạch số 248-KH/TU ngày 9-8-2019", w)]
    ['2019-08-09']
    >>> [d.value.isoformat() for d in find_dates("ngày 05 tháng11 năm 2021", w)]  # no space after "tháng"
    ['2021-11-05']
    >>> [d.value.isoformat() for d in find_dates("ngày 25.4.2023; 2.350 tỷ", w)]
    ['2023-04-25']
    """
    folded = fold(text)
    end = len(text) if end is None else end
    out = []
    for rx in (_DMY, _DOTTED, words.long_date):
        for m in rx.finditer(folded, start, end):
            d, mth, y = (int(g) for g in m.groups() if g.isdigit())
            try:
                out.append(DateMention(m.start(), m.end(), dt.date(y, mth, d)))
            except ValueError:
                continue
    return sorted(out, key=lambda d: d.start)


_DAY_MONTH = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/-])\s*(\d{1,2})(?!\d|\s*[/-]\s*\d)")


def find_day_months(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Dates written without their year ("Ngày 12/8, UBND tỉnh ...", "ngày 5-6") as (start, end,
    day, month); a full date ("12/8/2024") is none.

    >>> find_day_months("Ngày 12/8, UBND tỉnh ban hành; ngày 02/5/2024", 0, 46)
    [(5, 9, 12, 8)]
    """
    out = []
    for m in _DAY_MONTH.finditer(text, start, end):
        d, mth = int(m.group(1)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mth <= 12:
            out.append((m.start(), m.end(), d, mth))
    return out


def in_year_of(day: int, month: int, page: dt.date) -> dt.date | None:
    """The day and month as a date in the year of ``page``'s date, or the year before when that
    falls after it (a page of 15 February 2024 naming "ngày 20/12" means 20 December 2023).

    >>> in_year_of(12, 8, dt.date(2024, 8, 15)), in_year_of(12, 8, dt.date(2024, 2, 1))
    (datetime.date(2024, 8, 12), datetime.date(2023, 8, 12))
    """
    try:
        value = dt.date(page.year, month, day)
        return value if value <= page else dt.date(page.year - 1, month, day)
    except ValueError:
        return None


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """Plan periods "2021 - 2030", "2021-2025" as (start, end, first_year, last_year).

    >>> find_periods("thời kỳ 2021 -2030")
    [(8, 18, 2021, 2030)]
    >>> find_periods("giai đoạn 2026 – 2030")
    [(10, 21, 2026, 2030)]
    """
    end = len(text) if end is None else end
    return [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in _PERIOD.finditer(text, start, end)
        if int(m.group(1)) < int(m.group(2))
    ]


def find_vision_year(text: str, words: CueWords, start: int = 0, end: int | None = None) -> int | None:
    """The year of "tầm nhìn đến năm 2050" inside a span, if any.

    >>> from pipelines.extract.cue_words import _build
    >>> w = _build({"vision": ["tầm nhìn"], "vision_lead": ["đến"], "year_noun": ["năm"]})
    >>> find_vision_year("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", w)
    2050
    """
    m = words.vision.search(fold(text), start, len(text) if end is None else end)
    return int(m.group(1)) if m else None


def find_years(text: str, words: CueWords, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, str]]:
    """Year mentions "năm 2021", "đến năm 2030", "trước năm 2025" as (start, end, year, cue).

    >>> from pipelines.extract.cue_words import _build
    >>> w = _build({"year_noun": ["năm"], "year_lead": ["đến", "trước"]})
    >>> [(y, c) for _, _, y, c in find_years("phấn đấu năm 2021 đạt 7%, đến năm 2025 đạt 8%", w)]
    [(2021, ''), (2025, 'đên')]
    """
    end = len(text) if end is None else end
    return [
        (m.start(), m.end(), int(m.group("y") or m.group("y2")), m.group("cue") or m.group("cue2") or "")
        for m in words.year.finditer(fold(text), start, end)
    ]


def find_relative_years(
    text: str, words: CueWords, published_year: int | None, start: int = 0, end: int | None = None
) -> list[tuple[int, int, int, str]]:
    """Years named relative to the publication year ("năm nay", "năm tới") as
    ``find_years`` gives them; none when the publication year is unknown, and none for a span
    of years ("5 năm tới", "những năm tới").

    >>> from pipelines.extract.cue_words import _build
    >>> w = _build({"this_year": ["năm nay"], "coming_year": ["năm tới"], "plural_lead": ["những"]})
    >>> [y for _, _, y, _ in find_relative_years("tăng 10% năm nay; năm tới đạt 11%", w, 2025)]
    [2025, 2026]
    >>> find_relative_years("trong 5 năm tới và những năm tới", w, 2025)
    []
    """
    if published_year is None:
        return []
    end = len(text) if end is None else end
    return [
        (m.start(), m.end(), published_year if m.group("this") else published_year + 1, "")
        for m in words.relative_year.finditer(fold(text), start, end)
        if not m.group("many")
    ]


def find_deadline(text: str, start: int, end: int, cues: str, words: CueWords) -> DateMention | None:
    """The date after a deadline cue ("trước ngày", "chậm nhất ngày") inside a span. ``cues``
    is a regex group over folded text (the extractor passes the ``deadline`` cues of
    ``assignment_cues.csv``).

    >>> from pipelines.extract.cue_words import _build
    >>> w = _build({"day_noun": ["ngày"]})
    >>> find_deadline("gửi về Văn phòng trước ngày 15/01/2023.", 0, 39, "(?:trươc)", w).value.isoformat()
    '2023-01-15'
    """
    folded = fold(text)
    for d in find_dates(text, words, start, end):
        before = folded[max(start, d.start - 25) : d.start]
        if re.search(rf"{cues}\s+(?:{words.day_noun}\s+)?$", before):
            return d
    return None
