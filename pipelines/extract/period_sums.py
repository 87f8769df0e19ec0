"""A sum over a period is no year's indicator: the row stays uncoded.

The lexicon's codes hold a year's figure (or a period's average rate). An amount of money summed
over a period ("tổng thu ngân sách 5 năm 2021 - 2025 đạt 77.000 tỷ đồng", "vốn đầu tư giai đoạn
2026 - 2030 đạt 710 nghìn tỷ đồng") keeps its values and year, loses its code, and its label
names the period: "tổng thu ngân sách nhà nước giai đoạn 2021 - 2025" (docs/CONVENTIONS.md,
ruled in session 27).

Steps, for each coded row of an amount of money (the units that add up over years):
1. its statement: its quote, from the start of its clause when the clause opens with the period
   ("Giai đoạn 2021 - 2025, tổng vốn đầu tư ...");
2. the last period named there with a ``sum_period`` word ("giai đoạn 2021 - 2025", "05 năm"),
   not after a ``baseline`` word ("so với giai đoạn 2016 - 2020" is a base);
3. no single year after it (the year's own figure: "...; trong đó, năm 2025 đạt 18.700 tỷ đồng"
   keeps the code) and no ``period_average`` word in the statement ("bình quân mỗi năm": a yearly
   figure);
4. the row loses ``indicator_code`` and ``label_en``; the period is added to ``label_vi``.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.cue_words import CueWords, cue_words
from pipelines.text.fold import fold
from pipelines.text.years import YEAR

_SUMMED_UNITS = ("vnd_billion", "usd")  # amounts of money: a period's figure is their sum
_PERIOD_YEARS = re.compile(rf"\s*{YEAR}\s*[-–]\s*{YEAR}")
_CLAUSE_START = re.compile(r"[;:.\n]")
_LEAD = re.compile(r"[\s\-+•*–]*")


def _statement_start(text: str, folded: str, row: dict, words: CueWords) -> int:
    """Where the row's statement starts: its quote, or its clause when that opens with a period."""
    start = row["char_start"]
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    m = _LEAD.match(text, cut, start)
    lead = m.end() if m else cut
    return lead if words.sum_period.match(folded, lead) else start


def _summed_period(text: str, folded: str, row: dict, words: CueWords) -> int | None:
    """The end of the period the row's amount is summed over (``sum_period`` word and its years),
    or None: no such period, one after a baseline word, a single year after it, or an average."""
    start, end = _statement_start(text, folded, row, words), row["char_end"]
    if words.period_average.search(folded, start, end):
        return None
    periods = [m for m in words.sum_period.finditer(folded, start, end) if not _based(folded, start, m.start(), words)]
    if not periods:
        return None
    last = periods[-1]
    years = _PERIOD_YEARS.match(folded, last.end())
    stop = years.end() if years else last.end()
    if dates.find_years(text, words, stop, end):
        return None
    return stop


def _period_start(folded: str, stop: int, words: CueWords) -> int:
    """Where the period that ends at ``stop`` starts (its ``sum_period`` word)."""
    return [m.start() for m in words.sum_period.finditer(folded, 0, stop)][-1]


def _based(folded: str, start: int, pos: int, words: CueWords) -> bool:
    """Whether the period at ``pos`` follows a baseline word ("so với giai đoạn 2016 - 2020")."""
    return bool(words.baseline.search(folded, max(start, pos - 12), pos))


def uncode_period_sums(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Drop, in place, the code (and English label) of rows that sum an amount over a period,
    naming the period in ``label_vi``.

    Example: "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt 246.600 tỷ đồng" ->
    TOTAL_SOCIAL_INVESTMENT becomes uncoded, its label ends with "giai đoạn 2021 - 2025".
    """
    words = cue_words(lex)
    folded = fold(text)
    for row in rows:
        if row["indicator_code"] is None or row["unit"] not in _SUMMED_UNITS:
            continue
        stop = _summed_period(text, folded, row, words)
        if stop is None:
            continue
        row["indicator_code"] = None
        row["label_en"] = None
        period = text[_period_start(folded, stop, words) : stop]
        row["label_vi"] = f"{row['label_vi']} {period}"
