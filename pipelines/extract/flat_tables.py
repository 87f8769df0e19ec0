"""Tables flattened to one cell per line -> (name, unit, value) rows.

Portals often paste a table of targets as one cell per line::

    1
    Tốc độ tăng trưởng GRDP (%)
    8,5 - 9
    2
    GRDP bình quân đầu người (USD/người)
    > 4.600

A row is a row number, the indicator's name (its unit often in brackets), then the value cell,
which may hold a range ("8,5 - 9"), a sign (">", "≥") or a comparator word ("khoảng 190"), its
own unit ("tăng 7,4 - 8,4%") and a second figure in brackets ("14.500 (bằng 106% dự toán)"),
which is not read. An item with no figure is followed by the next row's number ("2 | Thu viện
trợ | 3 | Thu tiền thuê đất | ..."): that number is no value, and the table goes on; "0" is a
value, never a row number. The lines just before the first row are the table's header ("Kế hoạch năm
2025", "Ước TH năm 2021"): they say whether the values are targets or results, and for which
year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled
from pipelines.extract.cue_words import cue_words
from pipelines.extract.numbers import NUMBER, UnitTable, scaled
from pipelines.text.fold import fold
from pipelines.text.segment import Span

_ROW_NUMBER = re.compile(r"^(?!0+\.?$)\d{1,3}\.?$")  # "0" is a cell's value, never a row number
_SECTION = re.compile(r"^(?:[IVX]{1,4}|[A-Z])\.?$")
_BRACKET_UNIT = re.compile(r"\(([^()]{1,30})\)\s*$")
_ANY_BRACKET = re.compile(r"\(([^()]{1,30})\)")
_MARK = re.compile(r"[-+–]?\s*")  # a sub-item's dash before its name
_SIGNS = {">": "gt", "<": "lt", "≥": "gte", ">=": "gte", "≤": "lte", "<=": "lte", "~": "approx"}


def _value_pattern(lex: Lexicons) -> re.Pattern:
    """A value cell: sign, words, a number or a range ("7 - 7,5", "5 đến 6"), the rest."""
    return re.compile(
        rf"^(?P<sign>>=|<=|[<>≥≤~])?\s*(?P<pre>[^\d<>≥≤~]*?)\s*(?P<a>{NUMBER})"
        rf"(?:\s*(?:-|{cue_words(lex).range_join})\s*(?P<b>{NUMBER}))?(?P<rest>.*)$"
    )


_HEADER_LINES = 5


@dataclass(frozen=True)
class FlatRow:
    """One row of a flattened table: ``name`` and ``value`` are paragraph spans."""

    name: Span
    value: Span
    comparator: str
    low: float
    high: float | None
    unit: str
    label: Span  # the name without its bracketed unit
    words: str = ""  # the folded words before the cell's number ("còn" in "(còn 4,33%)"), for unit switches
    part: bool = False  # a sub-item of the row above it ("- Khu vực I", "Trong đó: ..."; ``column_tables``)
    column: str = ""  # which value column of its table the cell is in ("level", "growth")


@dataclass(frozen=True)
class FlatTable:
    """A flattened table: its rows, the header paragraphs before them, every paragraph it uses."""

    rows: list[FlatRow]
    header: list[Span]
    spans: frozenset[Span]
    columns: str = ""  # "plan": the plan column of a table with several value columns (``column_tables``)


def _comparator(text: str, sign: str | None, pre: Span, lex: Lexicons) -> str | None:
    """The comparator of a value cell from its sign or the words ``pre`` before its number;
    None if they are not a comparator ("tăng", "giảm" may precede one: "tăng từ 8 - 10%")."""
    lead = cue_words(lex).change_lead.match(fold(text)[pre[0] : pre[1]])
    start = pre[0] + lead.end()
    if sign:
        return _SIGNS[sign] if start >= pre[1] else None
    if start >= pre[1]:
        return "eq"
    found = lex.comparators_before.find(text, start, pre[1])
    return found[0].value if len(found) == 1 and (found[0].start, found[0].end) == (start, pre[1]) else None


def _value(
    text: str, span: Span, name_unit: tuple[str, float] | None, lex: Lexicons, units: UnitTable
) -> tuple[str, float, float | None, str, str] | None:
    """(comparator, low, high, unit, words before the number) of a value cell, or None if the
    line is no value."""
    cell = text[span[0] : span[1]]
    m = compiled(lex, "flat_value", _value_pattern).match(fold(text)[span[0] : span[1]])
    if not m:
        return None
    comparator = _comparator(text, m.group("sign"), (span[0] + m.start("pre"), span[0] + m.end("pre")), lex)
    own = units.unit_prefix(m.group("rest"))
    unit = units.lookup(own.group("u")) if own else name_unit
    rest = m.group("rest")[own.end() :] if own else m.group("rest")
    if comparator is None or unit is None or not re.fullmatch(r"\s*(?:\(.*\))?\s*", rest):
        return None
    low = scaled(cell[m.start("a") : m.end("a")], unit[1])
    high = scaled(cell[m.start("b") : m.end("b")], unit[1]) if m.group("b") else None
    if high is not None:
        if high < low:
            return None
        comparator = "between"
    return comparator, low, high, unit[0], m.group("pre").strip()


def _name_unit(name_text: str, units: UnitTable) -> tuple[re.Match | None, tuple[str, float] | None]:
    """The bracketed unit of a name cell: at its end ("Thu ngân sách (tỷ đồng)"), else the last
    bracket that names a unit ("Tốc độ tăng GRDP (%), trong đó:")."""
    bracket = _BRACKET_UNIT.search(name_text)
    if bracket:
        return bracket, units.lookup(bracket.group(1))
    for m in reversed(list(_ANY_BRACKET.finditer(name_text))):
        unit = units.lookup(m.group(1))
        if unit:
            return m, unit
    return None, None


def row_from_cells(text: str, name: Span, value: Span, lex: Lexicons, units: UnitTable) -> FlatRow | None:
    """The row of a name cell and a value cell, or None if the name has no words or the value
    cell is no value.

    Example: "Giá trị xuất khẩu (triệu USD)" and "1.300" -> eq 1.3e9 usd, label "Giá trị xuất khẩu".
    """
    name_text = text[name[0] : name[1]]
    if not re.search(r"[^\W\d_]", name_text) or re.match(r"[\d<>≥≤~]", name_text):
        return None
    bracket, name_unit = _name_unit(name_text, units)
    parsed = _value(text, value, name_unit or ("other", 1.0), lex, units)
    if parsed is None:
        return None
    start = name[0] + len(_MARK.match(name_text).group(0))  # type: ignore[union-attr]  # always matches
    label_end = name[0] + bracket.start() if bracket and name_unit else name[1]
    label = (start, label_end if label_end > start else name[1])
    comparator, low, high, unit, words = parsed
    return FlatRow(name, value, comparator, low, high, unit, (label[0], len(text[: label[1]].rstrip())), words)


def row_with_unit(
    text: str, name: Span, value: Span, unit: tuple[str, float] | None, lex: Lexicons, units: UnitTable
) -> FlatRow | None:
    """The row of a name cell, a value cell and the unit its own unit cell (or its column)
    gives ("Tỷ đồng", "(%)"), or None if the value cell is no value."""
    parsed = _value(text, value, unit or ("other", 1.0), lex, units)
    if parsed is None or not re.search(r"[^\W\d_]", text[name[0] : name[1]]):
        return None
    comparator, low, high, unit_name, words = parsed
    return FlatRow(name, value, comparator, low, high, unit_name, name, words)


def _row(text: str, paras: list[Span], i: int, lex: Lexicons, units: UnitTable) -> FlatRow | None:
    """The row that starts with the row number at ``paras[i]``, or None (also when the cell
    after its name is the next row's number: ``_empty_row``)."""
    if i + 2 >= len(paras) or not _ROW_NUMBER.match(text[paras[i][0] : paras[i][1]]):
        return None
    if _empty_row(text, paras, i):
        return None
    return row_from_cells(text, paras[i + 1], paras[i + 2], lex, units)


def _empty_row(text: str, paras: list[Span], i: int) -> bool:
    """Whether the row numbered at ``paras[i]`` has no value cell: its name is followed by the
    next row number and that number by a name ("2 | Thu viện trợ | 3 | Thu tiền thuê đất | ..."):
    the "3" numbers the next row, it is no value of "Thu viện trợ"."""
    if i + 3 >= len(paras) or not _ROW_NUMBER.match(text[paras[i][0] : paras[i][1]]):
        return False
    own, after = (text[paras[k][0] : paras[k][1]] for k in (i, i + 2))
    name, next_name = (text[paras[k][0] : paras[k][1]] for k in (i + 1, i + 3))
    letters = re.compile(r"[^\W\d_]")
    return (
        _ROW_NUMBER.match(after) is not None
        and int(after.rstrip(".")) == int(own.rstrip(".")) + 1
        and all(letters.match(n.strip()) for n in (name, next_name))
    )


def _header(text: str, paras: list[Span], first: int) -> list[Span]:
    """The short lines right before a table's first row (its column headers)."""
    out = []
    for j in range(first - 1, max(-1, first - 1 - _HEADER_LINES), -1):
        line = text[paras[j][0] : paras[j][1]]
        if len(line) > 60 or line.endswith((".", ":", ";")):
            break
        out.append(paras[j])
    return out[::-1]


def flat_tables(text: str, paras: list[Span], lex: Lexicons, units: UnitTable) -> list[FlatTable]:
    """Every flattened table in the article: at least two rows, each a row number, a name
    and a value cell, with section lines ("II", "Chỉ tiêu xã hội") allowed between rows."""
    tables, i = [], 0
    while i < len(paras):
        rows, used, j = [], [], i
        while j < len(paras):
            row = _row(text, paras, j, lex, units)
            if row is not None:
                rows.append(row)
                used += paras[j : j + 3]
                j += 3
            elif rows and _empty_row(text, paras, j):
                j += 2  # an item with no figure: the table goes on at the next row number
            elif rows and j + 1 < len(paras) and _SECTION.match(text[paras[j][0] : paras[j][1]]):
                j += 2  # a section number and its title
            else:
                break
        if len(rows) >= 2:
            tables.append(FlatTable(rows, _header(text, paras, i), frozenset(used)))
            i = j
        else:
            i += 1
    return tables
