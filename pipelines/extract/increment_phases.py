"""Year phases of an increment: each year's increment, not the stock.

An increment over a period is often followed by its year phases, each a line of its own after
the increment's colon ("có thêm 28 xã nông thôn mới giai đoạn 2021 - 2025, cụ thể:" then "Năm
2021 thực hiện 11 xã nông thôn mới ...", "Năm 2022 ..."). A phase narrows the time, not what is
counted: it is that year's increment, the increment code (``*_ADDED``), whatever the phrasing
of its own line reads (CONVENTIONS, session 44; sessions 33 and 42). The stock's code never takes
an increment (session 33).

Steps, for each count row coded with a stock that a curated switch turns into an increment
(``unit_switches.csv``: a count's ``gap_cue``, "thêm"):
1. its line opens with a year (after any bullet), the row's target year;
2. going back line by line, every line opens with a year until the lead: a line that ends with
   a colon, states an increment (the switch's ``gap_cue`` before a number: "thêm 28") and names
   a period holding the year (the increment's row may quote its headline instead);
3. the row takes the increment's code (and English label).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.cue_words import cue_words
from pipelines.text.fold import fold_short

_BULLET = re.compile(r"[\s\-–•*+]*")


def code_increment_phases(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Recode, in place, the stock-coded count rows that are year phases of an increment stated
    before them (module steps). Example: "... có thêm 28 xã nông thôn mới, giai đoạn 2021 - 2025,
    cụ thể:\\nNăm 2021 thực hiện 11 xã nông thôn mới" -> the 11 is NEW_RURAL_COMMUNES_ADDED."""
    increments: dict[str, tuple[str, set[str]]] = {}
    for sw in lex.unit_switches:
        if sw.value_unit == "count" and sw.gap_cue:
            increments.setdefault(sw.indicator_code, (sw.switch_to, set()))[1].add(fold_short(sw.gap_cue))
    for row in rows:
        if row["indicator_code"] not in increments or row["unit"] != "count" or row["target_year"] is None:
            continue
        added, cues = increments[row["indicator_code"]]
        start = text.rfind("\n", 0, row["char_start"]) + 1
        if _opening_year(text, lex, start, row["char_end"]) != row["target_year"]:
            continue
        if _lead_increment(text, lex, start, cues, row["target_year"]):
            row["indicator_code"] = added
            row["label_en"] = lex.indicator_info[added]["label_en"]


def _opening_year(text: str, lex: Lexicons, start: int, end: int) -> int | None:
    """The year that opens ``text[start:end]`` after any bullet ("Năm 2021 ..."), else None."""
    pos = _BULLET.match(text, start, end)
    at = pos.end() if pos else start
    years = dates.find_years(text, cue_words(lex), at, end)
    return years[0][2] if years and years[0][0] == at else None


def _lead_increment(text: str, lex: Lexicons, line: int, cues: set[str], year: int) -> bool:
    """Whether, going back from the line starting at ``line`` over lines that open with a year,
    the first other line ends with a colon, states an increment (one of ``cues``, folded, before
    a number) and names a period that holds ``year``."""
    while line > 0:
        end = text.rfind("\n", 0, line - 1) + 1
        body = text[end : line - 1]
        line = end
        if not body.strip():
            continue
        if _opening_year(text, lex, end, end + len(body)) is not None:
            continue
        if not body.rstrip().endswith(":"):
            return False
        held = any(re.search(rf"(?<!\w){re.escape(c)}\s+\d", fold_short(body)) for c in cues)
        periods = dates.find_periods(text, end, end + len(body))
        return held and any(a <= year <= b for _, _, a, b in periods)
    return False
