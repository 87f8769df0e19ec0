"""A sum over a period is no year's indicator: the row stays uncoded.

The lexicon's codes hold a year's figure (or a period's average rate). An amount of money summed
over a period ("tổng thu ngân sách 5 năm 2021 - 2025 đạt 77.000 tỷ đồng", "vốn đầu tư giai đoạn
2026 - 2030 đạt 710 nghìn tỷ đồng") keeps its values and year, loses its code, and its label
names the period: "tổng thu ngân sách nhà nước giai đoạn 2021 - 2025" (docs/CONVENTIONS.md,
ruled in session 27).

A count or area that adds up over the years (the lexicon's ``flow`` codes: visitors, jobs, workers
sent abroad, new enterprises, forest planted) is summed the same way ("xuất khẩu 3.500 lượt lao động" over
"giai đoạn 2026 - 2030"; session 43); a stock ("50 xã đạt chuẩn") is not.

Steps, for each coded row of an amount of money (the units that add up over years) or of a flow:
1. its statement: its quote, from the period that frames it in its clause: the clause opens with
   the period ("Giai đoạn 2021 - 2025, tổng vốn đầu tư ..."), a comma segment before the quote is
   the period alone ("Theo đề án, giai đoạn 2026 - 2030, tỉnh phấn đấu ..."), or the period
   stands a verb before the quote ("nhiệm kỳ 2026 - 2031 kêu gọi trên 4 tỷ USD vốn đầu tư");
2. the last period named there with a ``sum_period`` word ("giai đoạn 2021 - 2025", "05 năm",
   "nhiệm kỳ"), not after a ``baseline`` word ("so với giai đoạn 2016 - 2020" is a base) nor
   after an edge word ("đến cuối nhiệm kỳ": ``next_year_edge``), nor followed by one year alone
   ("nhiệm kỳ 2025" names the term's end);
3. no single year after it (the year's own figure: "...; trong đó, năm 2025 đạt 18.700 tỷ đồng"
   keeps the code) and no ``period_average`` word in the statement ("bình quân mỗi năm": a yearly
   figure);
4. the row loses ``indicator_code`` and ``label_en``; the period is added to ``label_vi``.

An uncoded row of money or a count whose statement is framed so (steps 1-3) names the period in
its label too, unless the label already does (session 44). A period may be opened by a
``sum_period_lead`` word ("Trong giai đoạn 2021 - 2025, ..."), and a "." inside a figure ("9.000")
ends no clause.
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
_CLAUSE_START = re.compile(r"[;:\n]|\.(?!\d)")  # a "." inside a figure ("9.000") ends no clause
_LEAD = re.compile(r"[\s\-+•*–]*")


_SEGMENT_EDGE = re.compile(r"[,;:.\n]|\s[-–]\s")  # a comma segment's edges; " - " after a site's tag ("TPO - ")
_VERB_GAP = re.compile(r"(?:\s+[^\W\d_]+){1,2}\s+")  # the verb between a framing period and the quote: "thu hút"


def _statement_start(text: str, folded: str, row: dict, words: CueWords) -> int:
    """Where the row's statement starts: its quote, or the period that frames it in its clause
    (the clause opens with it, a comma segment before the quote holds it alone, or it stands a
    verb of one or two words before the quote)."""
    start = row["char_start"]
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    m = _LEAD.match(text, cut, start)
    lead = m.end() if m else cut
    if words.sum_period.match(folded, lead):
        return lead
    for p in words.sum_period.finditer(folded, lead, start):
        years = _PERIOD_YEARS.match(folded, p.end())
        if years is None or words.body_term.search(folded, max(0, p.start() - 20), p.start()):
            continue  # "HĐND tỉnh khóa VII, nhiệm kỳ 2021 - 2026": a council's own term frames nothing
        edges = [e.end() for e in _SEGMENT_EDGE.finditer(folded, lead, p.start())]
        before = folded[edges[-1] if edges else lead : p.start()]
        alone = (not before.strip() or words.sum_period_lead.fullmatch(before)) and re.match(
            r"\s*,", folded[years.end() : start]
        )
        if alone or _VERB_GAP.fullmatch(folded, years.end(), start):
            return p.start()
    return start


def _summed_period(text: str, folded: str, row: dict, words: CueWords) -> int | None:
    """The end of the period the row's amount is summed over (``sum_period`` word and its years),
    or None: no such period, one after a baseline word, a single year after it, or an average."""
    start, end = _statement_start(text, folded, row, words), row["char_end"]
    if words.period_average.search(folded, start, end):
        return None
    periods = [
        m
        for m in words.sum_period.finditer(folded, start, end)
        if not _based(folded, start, m.start(), words) and not _an_end(folded, start, m, words)
    ]
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


_ONE_YEAR = re.compile(rf"\s*{YEAR}(?!\s*[-–]\s*\d)")


def _an_end(folded: str, start: int, m: re.Match, words: CueWords) -> bool:
    """Whether the period word at ``m`` names an end, not a span: an edge word before it ("đến
    cuối nhiệm kỳ", ``next_year_edge``) or one year alone after it ("nhiệm kỳ 2025")."""
    return bool(words.period_edge.search(folded, max(start, m.start() - 8), m.start())) or bool(
        _ONE_YEAR.match(folded, m.end())
    )


def _summed(row: dict, lex: Lexicons) -> bool:
    """Whether the row's figure adds up over the years: an amount of money, or a figure of a
    ``flow`` code (``indicator_lexicon.csv`` value_kind: visitors, jobs, workers sent abroad, the
    hectares of forest planted)."""
    if row["unit"] in _SUMMED_UNITS:
        return True
    return lex.indicator_info[row["indicator_code"]]["value_kind"] == "flow"


def uncode_period_sums(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Drop, in place, the code (and English label) of rows that sum an amount or a flow over a
    period, naming the period in ``label_vi``.

    Example: "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt 246.600 tỷ đồng" ->
    TOTAL_SOCIAL_INVESTMENT becomes uncoded, its label ends with "giai đoạn 2021 - 2025".
    """
    words = cue_words(lex)
    folded = fold(text)
    for row in rows:
        if row["indicator_code"] is None and row["unit"] in _SUMMED_UNITS + ("count",):
            _name_period(text, folded, row, words)
        if row["indicator_code"] is None or not _summed(row, lex):
            continue
        stop = _summed_period(text, folded, row, words)
        if stop is None:
            continue
        row["indicator_code"] = None
        row["label_en"] = None
        period = text[_period_start(folded, stop, words) : stop]
        row["label_vi"] = f"{row['label_vi']} {period}"


def _name_period(text: str, folded: str, row: dict, words: CueWords) -> None:
    """Name, in place, the period an uncoded row's statement is summed over in its ``label_vi``
    when the label does not name it yet (CONVENTIONS, session 44: a period sum's label keeps the
    period its sentence names): "Trong giai đoạn 2021 - 2025, ... và khách tham quan đạt 18 triệu
    lượt" -> "khách tham quan lượt giai đoạn 2021 - 2025"."""
    stop = _summed_period(text, folded, row, words)
    if stop is None:
        return
    period = text[_period_start(folded, stop, words) : stop]
    if fold(period) not in fold(row["label_vi"]):
        row["label_vi"] = f"{row['label_vi']} {period}"
