"""Shares written before what they count, coded when the curated phrasing is split by modifiers.

"80% trường phổ thông đạt chuẩn quốc gia" names SCHOOLS_NATIONAL_STANDARD ("trường đạt chuẩn
quốc gia") with the kind of school written inside it; "có ít nhất 65% trường mầm non, 80% trường
phổ thông đạt chuẩn quốc gia" states the same standard for two kinds, the predicate written once
at the end. No phrasing matches such text as written, so the rows come out uncoded; this step
codes them.

Steps, for each uncoded percent row:
1. the words after its number open with a phrasing's first word (its head noun: "trường") and,
   after at most ``_GAP`` other words (no number, no punctuation), go on with the rest of that
   phrasing ("đạt chuẩn quốc gia"): the row takes the phrasing's code (after the unit
   switches: a percent of counted communes is their share);
2. a share whose counted words are followed by ", " and the next share of the same head noun
   ("65% trường mầm non, 80% trường phổ thông ...") takes that share's code, and the next share,
   written bare, takes its comparator ("ít nhất 65% ..., 80% ...": at least, both);
3. a row whose label ends with a phrasing's first words and whose number is followed by the
   rest of it ("giải ngân 100% vốn đầu tư công": "giải ngân vốn đầu tư công") takes that
   phrasing's code, the longest such phrasing where several fit, unless that code counts
   things even after the unit switches (a percent is no count).
"""

from __future__ import annotations

import re

from collections.abc import Callable

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.numbers import Quantity, UnitTable
from pipelines.text.fold import fold
from pipelines.extract.split_phrasings import phrasings_by_first
from pipelines.text.matcher import TOKEN

_GAP = 4  # modifier words allowed between the head noun and the rest of the phrasing
_WORD = re.compile(r"[^\W\d_]+")


def _tokens(folded: str, start: int, end: int) -> list[str]:
    return TOKEN.findall(folded[start:end])


def _split_phrasing(tokens: list[str], lex: Lexicons) -> str | None:
    """The code of a phrasing whose head is ``tokens[0]`` and whose rest follows after at most
    ``_GAP`` words: ["trường", "phổ", "thông", "đạt", "chuẩn", "quốc", "gia"] -> SCHOOLS_..."""
    if not tokens:
        return None
    phrasings = phrasings_by_first(lex).get(tokens[0], [])
    for gap in range(1, _GAP + 1):
        if not all(_WORD.fullmatch(t) for t in tokens[1 : 1 + gap]):
            return None
        for phrasing, code in phrasings:
            rest = phrasing[1:]
            if tuple(tokens[1 + gap : 1 + gap + len(rest)]) == rest:
                return code
    return None


def _around_code(before: list[str], after: list[str], lex: Lexicons) -> str | None:
    """The code of the longest phrasing written as the last words of ``before`` and the first
    words of ``after`` (at least one on each side): ["giải", "ngân"] + ["vốn", "đầu", ...]."""
    best: tuple[int, str] | None = None
    for i in range(1, len(before) + 1):
        for phrasing, code in phrasings_by_first(lex).get(before[-i], []):
            rest = phrasing[i:]
            fits = tuple(before[-i:]) == phrasing[:i] and rest and tuple(after[: len(rest)]) == rest
            if fits and (best is None or len(phrasing) > best[0]):
                best = (len(phrasing), code)
    return best[1] if best else None


def _around_written(
    folded: str, row: dict, q: Quantity, after: list[str], lex: Lexicons, switch: Callable[[str, str], str]
) -> str | None:
    """Step 3's code, unless it counts things even after the unit switches: a percent written
    inside "giảm hộ nghèo" ("giảm 2,5% hộ nghèo đồng bào dân tộc thiểu số") is no count of
    households reduced."""
    code = _around_code(_tokens(folded, row["char_start"], q.start), after, lex)
    if code is None or lex.indicator_info[switch(code, "percent")]["unit"] == "count":
        return None
    return code


def _value(text: str, row: dict, units: UnitTable) -> Quantity | None:
    """The quantity of ``row`` inside its quote."""
    found = units.find(text, row["char_start"], row["char_end"])
    return next((q for q in found if q.low == row["value_low"] and q.unit == row["unit"]), None)


def _clause_end(folded: str, pos: int) -> int:
    m = re.compile(r"[;.:\n]").search(folded, pos)
    return m.start() if m else len(folded)


def _set(row: dict, code: str, lex: Lexicons) -> None:
    row["indicator_code"] = code
    row["label_en"] = lex.indicator_info[code]["label_en"]


def code_shares(
    text: str, rows: list[dict], lex: Lexicons, units: UnitTable, switch: Callable[[str, str], str]
) -> None:
    """Code, in place, uncoded percent rows whose counted words split a phrasing (step 1) or
    share the head noun of the next share that does (step 2). ``switch(code, unit)`` applies the
    unit switches. Example: "80% trường phổ thông đạt chuẩn quốc gia" -> SCHOOLS_NATIONAL_STANDARD.
    """
    folded = fold(text)
    shares = [(r, q) for r in rows if r["unit"] == "percent" and (q := _value(text, r, units)) is not None]
    shares.sort(key=lambda rq: rq[1].start)
    for row, q in shares:
        if row["indicator_code"] is None:
            after = _tokens(folded, q.end, _clause_end(folded, q.end))
            code = _split_phrasing(after, lex) or _around_written(folded, row, q, after, lex, switch)
            if code is not None:
                _set(row, switch(code, "percent"), lex)
    for (row, q), (nxt, q2) in zip(shares, shares[1:]):
        if row["indicator_code"] is not None or nxt["indicator_code"] is None:
            continue
        between = _tokens(folded, q.end, q2.start)
        after = _tokens(folded, q2.end, _clause_end(folded, q2.end))
        counted = between[:-1] if between and between[-1] == "," else []
        if counted and all(_WORD.fullmatch(t) for t in counted) and after and counted[0] == after[0]:
            _set(row, nxt["indicator_code"], lex)
            if nxt["comparator"] == "eq":  # "ít nhất 65% trường mầm non, 80% trường ...": both
                nxt["comparator"] = row["comparator"]
