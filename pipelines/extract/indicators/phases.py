"""Phases of a period's figure: the same measure, narrowed to a time inside the period.

A figure stated for a period is often followed by its phases: "tăng trưởng GRDP bình quân 8%/năm
giai đoạn 2021 - 2030, trong đó giai đoạn 2021 - 2025 đạt 7,5%/năm, giai đoạn 2026 - 2030 đạt
8,5%/năm"; "trồng 12.000 ha rừng giai đoạn 2022 - 2025. Trong đó, năm 2022 trồng 3.000 ha, giai đoạn
2023 - 2025 trồng 9.000 ha"; "7.000 tỷ đồng giai đoạn 2021 - 2025, trong đó năm đầu 1.200 tỷ đồng, 4
năm còn lại 5.800 tỷ đồng". A phase narrows the time, not what is counted: it is a row of the
period's measure for the phase's end year, beside the period's row, even when the phases add up to
it (CONVENTIONS, sessions 33 and 42), and no part of the total (``listed_parts``). A sentence of its
own that opens with a phase ("Riêng năm 2022, ...", "Từ giai đoạn 2023 - 2025 ...") after the
period's figure goes on with that figure the same way (session 43).

Steps, after a ``breakdown_lead`` ("trong đó") in a sentence:
1. the figures after the lead whose words open with a time, in order (the chain stops at the first
   that does not): a ``phase_opener`` ("từ", "riêng") may come first, then a year ("năm 2022", "đến
   năm 2025"), a period ("giai đoạn 2023 - 2025"), the period's first year (``phase_first``: "năm
   đầu") or the rest of it (``phase_rest``: "4 năm còn lại");
2. the total is the last figure of the phase's unit before the lead, in its sentence, or in the
   sentence before when the lead opens its own (``listed_parts.total_before``); the total's sentence
   names a period that holds the phase and is not the phase itself;
3. the words between the phase's time and its figure name nothing the total's sentence does not:
   each is a word of that sentence or a ``phase_gap`` word ("sẽ", "đạt", "tăng"); "trong đó năm
   2025 khách quốc tế đạt 1 triệu lượt" narrows the group too, and stays a part; a phrasing there
   of another code than the total's ("năm 2025 tỷ lệ hộ nghèo dưới 3%" after a reduction) is left
   to the phrasing;
4. the phase's row takes the code, label (its period left out) and unit of the total's row, the
   phase's comparator and values and the phase's end year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract import dates
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.comparators import comparator_after, comparator_of, cue_start, past_earlier
from pipelines.extract.indicators.listed_parts import total_before, unit_key
from pipelines.extract.indicators.page import Clause, Page
from pipelines.extract.indicators.phrasings import same_counted, switch_code
from pipelines.extract.indicators.rows import keep
from pipelines.extract.numbers import Quantity
from pipelines.text.fold import fold_short
from pipelines.text.segment import Span
from pipelines.text.years import YEAR

_BULLET = re.compile(r"[\s\-–•*+]*")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Time:
    """The time words opening a phase: where they start and end, and the years they name (None
    for the period's first year or the rest of it, which the total's period decides)."""

    start: int
    end: int
    first: int | None
    last: int | None
    relative: str = ""  # "first" or "rest"


def phase_row(page: Page, clause: Clause, q: Quantity) -> bool:
    """Keep the row of ``q`` when it is a phase of a period's figure after a ``breakdown_lead``
    in its sentence (module steps), and mark it a phase (``Page.phases``); returns whether it is
    one. Example: "7,5%/năm" in "GRDP tăng bình quân 8%/năm giai đoạn 2021 - 2030, trong đó giai
    đoạn 2021 - 2025 đạt 7,5%/năm" -> GRDP_GROWTH eq 7.5 for 2025."""
    sentence = clause.sentence
    leads = list(page.words.breakdown_lead.finditer(page.folded, sentence[0], q.start))
    if not leads:
        return False
    lead = leads[-1]
    held = page.sentence_at(q.start)
    if held is None:
        return False
    key = unit_key(page, q)
    total = total_before(page, held[0], sentence, lead.start(), key)
    if total is None:
        return False
    row = _row_of(page, total)
    if row is None:
        return False
    said = _total_statement(page, total, lead.start())
    period = _period(page, said)
    if period is None:
        return False
    time = _chain(page, lead.end(), sentence[1], key, q)
    if time is None:
        return False
    years = _years(time, period)
    if years is None or not _names_nothing_else(page, said, time.end, q) or _another_code(page, row, time.end, q):
        return False
    comparator = comparator_of(page, time.end, q)
    after = comparator_after(page, q)
    end = max(q.end, after.end if after else q.end)
    value = (comparator, q.low, q.high, row["unit"], years[1])
    keep(page, row["indicator_code"], _without_period(page, row["label_vi"]), value, (time.start, end), clause)
    page.phases.add(q.start)
    return True


def phase_sentence(page: Page, sentence: Span, clause: Span) -> bool:
    """Whether ``sentence`` opens with a ``phase_opener`` and a time ("Riêng năm 2022, nhu cầu vốn
    là 60 tỷ đồng.", "Từ giai đoạn 2023 - 2025, ...") inside the period of the nearest row before it
    of its first figure's unit, that row no phase itself, and ``clause`` holds that figure: a phase
    of the period's figure written as its own sentence (CONVENTIONS, session 43). Marks the figure
    a phase (``Page.phases``)."""
    bullet = _BULLET.match(page.text, *sentence)
    time = _time_at(page, bullet.end() if bullet else sentence[0], sentence[1], opened=True)
    if time is None:
        return False
    found = page.units.find(page.text, time.end, sentence[1])
    if not found or not clause[0] <= found[0].start < clause[1]:
        return False
    q = found[0]
    key = unit_key(page, q)
    earlier = [
        (r["char_end"], f) for r in page.found.values() if r["char_end"] <= sentence[0] for f in _own_figures(page, r)
    ]
    earlier = [(end, f) for end, f in earlier if f.start not in page.phases and unit_key(page, f) == key]
    if not earlier:
        return False
    total = max(earlier, key=lambda e: e[0])[1]
    held = page.sentence_at(total.start)
    period = _period(page, held[1]) if held else None
    if period is None or _years(time, period) is None:
        return False
    page.phases.add(q.start)
    return True


def phased(row: dict, page: Page) -> bool:
    """Whether the row's own figure is a phase of a period's figure (``Page.phases``): no part of
    the total, whatever the part filters say."""
    return any(f.start in page.phases for f in _own_figures(page, row))


def _own_figures(page: Page, row: dict) -> list[Quantity]:
    """The last figure in the row's quote that holds its value, as a list (empty when none)."""
    if row["value_low"] is None:
        return []
    own = [f for f in page.units.find(page.text, row["char_start"], row["char_end"]) if f.low == row["value_low"]]
    return own[-1:]


def _row_of(page: Page, total: Quantity) -> dict | None:
    """The row already found whose quote holds the figure ``total``, else None."""
    return next(
        (
            r
            for r in page.found.values()
            if r["char_start"] <= total.start and total.end <= r["char_end"] and r["value_low"] == total.low
        ),
        None,
    )


def _total_statement(page: Page, total: Quantity, lead: int) -> Span:
    """The total's sentence, up to the lead when the lead stands in it."""
    held = page.sentence_at(total.start)
    start, end = held[1] if held else (total.start, total.end)
    return start, lead if start <= lead <= end else end


def _period(page: Page, span: Span) -> tuple[int, int] | None:
    """The first and last years of the last period named in ``span``, no baseline ("so với giai
    đoạn 2016 - 2020"), else None."""
    periods = [
        p for p in dates.find_periods(page.text, *span) if not page.words.baseline.search(page.folded, span[0], p[0])
    ]
    return (periods[-1][2], periods[-1][3]) if periods else None


def _chain(page: Page, lead_end: int, sentence_end: int, key: tuple[str, str], q: Quantity) -> _Time | None:
    """The time words of ``q`` when every figure from the lead to ``q`` opens with its own time
    and has the unit ``key`` (module step 1), else None."""
    pos = lead_end
    for f in page.units.find(page.text, lead_end, sentence_end):
        time = _time_at(page, pos, f.start)
        if time is None or unit_key(page, f) != key:
            return None
        if f.start == q.start:
            return time
        after = comparator_after(page, f)
        pos = past_earlier(page, max(f.end, after.end if after else f.end), sentence_end)
    return None


def _time_at(page: Page, pos: int, end: int, opened: bool = False) -> _Time | None:
    """The phase's time words that open ``text[pos:end]`` after a separator, a join and any
    ``phase_opener`` (one at least when ``opened``), else None."""
    head = _head(page).match(page.folded, pos, end)
    if head is None or (opened and not head.group("opener")):
        return None
    start = head.start("opener") if head.group("opener") else head.end()
    year = page.words.year.match(page.folded, head.end(), end)
    if year is not None:
        y = int(year.group("y") or year.group("y2"))
        return _Time(start, year.end(), y, y)
    period = _period_words(page).match(page.folded, head.end(), end)
    if period is not None:
        return _Time(start, period.end(), int(period.group("a")), int(period.group("b")))
    relative = _relative(page).match(page.folded, head.end(), end)
    if relative is not None:
        return _Time(start, relative.end(), None, None, "first" if relative.group("first") else "rest")
    return None


def _years(time: _Time, period: tuple[int, int]) -> tuple[int, int] | None:
    """The phase's first and last years, when the total's ``period`` holds them and they are not
    the whole period; else None."""
    a, b = period
    if time.relative == "first":
        return a, a
    if time.relative == "rest":
        return a + 1, b
    first, last = time.first, time.last
    if first is None or last is None or not (a <= first <= last <= b) or (first, last) == (a, b):
        return None
    return first, last


def _names_nothing_else(page: Page, said: Span, time_end: int, q: Quantity) -> bool:
    """Whether every word between the phase's time and its figure (its comparator aside) is a word
    of the total's statement ``said`` or a ``phase_gap`` word (module step 3)."""
    allowed = set(_WORD.findall(page.folded[said[0] : said[1]])) | _gap_words(page)
    return set(_WORD.findall(page.folded[time_end : cue_start(page, time_end, q)])) <= allowed


def _another_code(page: Page, row: dict, time_end: int, q: Quantity) -> bool:
    """Whether a phrasing between the phase's time and its figure codes another measure than the
    total's row ("tỷ lệ hộ nghèo giảm bình quân 1,5%/năm ..., trong đó năm 2025 tỷ lệ hộ nghèo dưới
    3%": the rate reached, no reduction); the figure is left to the phrasing."""
    for m in page.lex.indicators.find(page.text, time_end, q.start):
        code = switch_code(m.value, q.unit, page.folded[m.start : q.end], page.lex)
        if row["indicator_code"] is None or not same_counted(row["indicator_code"], code, page.lex):
            return True
    return False


def _without_period(page: Page, label: str) -> str:
    """``label`` without the period it names ("vốn đầu tư giai đoạn 2021 - 2025" -> "vốn đầu tư"):
    the phase names its own time."""
    folded = fold_short(label)
    m = _label_period(page).search(folded)
    if m is None:
        return label
    return (label[: m.start()] + label[m.end() :]).strip(" ,")


def _head(page: Page) -> re.Pattern:
    """A separator, a join ("và") and ``phase_opener`` words before a phase's time."""

    def build(lex):
        join = alternation(role_cues(lex, "coordinate_join"))
        opener = alternation(role_cues(lex, "phase_opener"))
        return re.compile(rf"[\s,:;]*(?:{join}\s+)?(?P<opener>(?:{opener})(?:\s+(?:{opener}))*\s+)?")

    return compiled(page.lex, "phase_head", build)


def _period_words(page: Page) -> re.Pattern:
    """A period with its noun: "giai đoạn 2023 - 2025", "2023-2025"."""

    def build(lex):
        noun = alternation(role_cues(lex, "period_noun"))
        return re.compile(rf"(?:(?:{noun})\s+)?(?P<a>{YEAR})\s*-\s*(?P<b>{YEAR})(?!\d)")

    return compiled(page.lex, "phase_period", build)


def _relative(page: Page) -> re.Pattern:
    """The period's first year ("năm đầu") or the rest of it ("4 năm còn lại")."""

    def build(lex):
        first = alternation(role_cues(lex, "phase_first"))
        rest = alternation(role_cues(lex, "phase_rest"))
        return re.compile(rf"(?P<first>{first})(?!\w)|(?:\d{{1,2}}\s+)?(?P<rest>{rest})(?!\w)")

    return compiled(page.lex, "phase_relative", build)


def _label_period(page: Page) -> re.Pattern:
    """A period named in a label, with its noun, or a noun left alone at its end."""

    def build(lex):
        noun = alternation(role_cues(lex, "period_noun"))
        return re.compile(rf"\s*(?:(?:{noun})\s*)?{YEAR}\s*-\s*{YEAR}|\s*(?:{noun})\s*$")

    return compiled(page.lex, "phase_label_period", build)


def _gap_words(page: Page) -> set[str]:
    """The words of the ``phase_gap`` cues, folded."""
    return compiled(
        page.lex,
        "phase_gap",
        lambda lex: {w for c in role_cues(lex, "phase_gap") for w in _WORD.findall(fold_short(c))},
    )
