"""Results tables with a plan column, flattened one cell per line -> the plan column's rows.

A year-end report often pastes a table whose value columns mix results and the year's plan::

    Stt
    Chỉ tiêu
    TH năm 2023
    KH năm 2024
    Ước TH năm 2024
    1
    Tốc độ tăng GRDP (%)
    6,9
    7,5 - 8
    7,2
    Đạt

The column headers that carry a year are the value columns, in order; each is a plan column
("KH năm 2024", "Kế hoạch năm 2025") or a result column ("TH năm 2023", "Ước thực hiện năm
2024"), as curated in ``table_cues.csv`` (a result cue wins: "Ước thực hiện kế hoạch"). A row is
a name line (row numbers, section lines and notes such as "Đạt" are skipped; a line that is only
a bracketed unit, "(tỷ đồng)", continues the name) followed by exactly one value cell per value
column; a row with another count of cells (a merged or nested cell) is not read. Only the plan
column's cells are targets (docs/CONVENTIONS.md); the result cells give no rows.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.extract.flat_tables import FlatRow, FlatTable, name_unit, value_cell
from pipelines.extract.numbers import UnitTable
from pipelines.text.fold import fold
from pipelines.text.segment import Span

_TABLE = "table_cues.csv"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_SEPARATOR = re.compile(r"[|\s]*")
_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVX]{1,4}|[A-Z])\.?")
_NUMERIC = re.compile(r"[<>≥≤~+\-–(]*\s*\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*)?\s*%?\)?")
_SUB_ROW = re.compile(r"\s*[-+–]\s*[^\W\d_]")
_UNIT_ONLY = re.compile(r"\([^()\d]{1,30}\)")
_HEADER_LEN = 40
_Row = tuple[Span, list[Span], Span | None]  # name, value cells, parent name of a sub-row
_LONG_LINE = 160


def _column_cue(lex: Lexicons, kind: str) -> re.Pattern:
    return compiled(lex, f"table_{kind}", lambda lx: re.compile(rf"(?<!\w){cue_group(lx, _TABLE, kind)}(?!\w)"))


def column_kind(line: str, lex: Lexicons) -> str | None:
    """ "plan" or "result" for a value column's header ("KH năm 2019" -> plan, "Ước TH 2024" ->
    result); None for any other line (it must be short and carry a year)."""
    if len(line) > _HEADER_LEN or not _YEAR.search(line):
        return None
    folded = fold(line)
    if _column_cue(lex, "result_column").search(folded):
        return "result"
    return "plan" if _column_cue(lex, "plan_column").search(folded) else None


def _cells(text: str, paras: list[Span]) -> list[Span]:
    """The table cells: lines that are more than a "|" separator."""
    return [p for p in paras if not _SEPARATOR.fullmatch(text[p[0] : p[1]])]


def _header_run(text: str, cells: list[Span], lex: Lexicons) -> list[tuple[int, list[str]]]:
    """(index after the run, kinds) of each run of two or more consecutive value-column headers
    with at least one plan column."""
    runs, i = [], 0
    while i < len(cells):
        kinds: list[str] = []
        while i + len(kinds) < len(cells):
            kind = column_kind(text[cells[i + len(kinds)][0] : cells[i + len(kinds)][1]], lex)
            if kind is None:
                break
            kinds.append(kind)
        if len(kinds) >= 2 and "plan" in kinds:
            runs.append((i + len(kinds), kinds))
        i += max(1, len(kinds))
    return runs


def _is_value(text: str, cells: list[Span], i: int, row_open: bool) -> bool:
    """Whether a numeric cell is a value rather than a row number: a small integer is a row
    number only when no value of the row came before it and a name line follows it."""
    if not _ROW_NUMBER.fullmatch(text[cells[i][0] : cells[i][1]].strip()) or row_open:
        return True
    following = text[cells[i + 1][0] : cells[i + 1][1]].strip() if i + 1 < len(cells) else ""
    return bool(_NUMERIC.fullmatch(following))


def _rows_after(text: str, cells: list[Span], first: int, width: int) -> tuple[list[_Row], int]:
    """(name, value cells, parent) of each table row after the header, and where it ends."""
    rows: list[_Row] = []
    name: Span | None = None
    parent: Span | None = None  # the name of the last numbered row
    values: list[Span] = []
    numbered, i = False, first
    for i in range(first, len(cells)):
        line = text[cells[i][0] : cells[i][1]].strip()
        if len(line) > _LONG_LINE:
            break
        if _NUMERIC.fullmatch(line) and _is_value(text, cells, i, len(values) < width and bool(values)):
            values.append(cells[i])
            continue
        if name is not None and len(values) == width:
            rows.append((name, values, parent if _SUB_ROW.match(text, name[0]) else None))
        if _ROW_NUMBER.fullmatch(line):
            name, numbered = None, True
        elif name is not None and not values and _UNIT_ONLY.fullmatch(line):
            name = (name[0], cells[i][1])
        else:
            name, parent = cells[i], cells[i] if numbered else parent
            numbered = False
        values = []
    else:
        i = len(cells)
    if name is not None and len(values) == width:
        rows.append((name, values, parent if _SUB_ROW.match(text, name[0]) else None))
    return rows, i


def _plan_row(
    text: str, name: Span, cell: Span, parent: Span | None, lex: Lexicons, units: UnitTable
) -> FlatRow | None:
    """The plan cell of one row read as (comparator, values, unit), named by its name lines."""
    found = name_unit(text, name, units)
    parsed = value_cell(text, cell, found[0] if found else ("other", 1.0), lex, units)
    if parsed is None:
        return None
    label_end = found[1] if found and found[1] > name[0] else text.find("\n", name[0], name[1])
    label_end = name[1] if label_end < 0 else label_end
    label = (name[0], len(text[:label_end].rstrip().rstrip(" ,:")))
    return FlatRow(name, cell, *parsed, label=label, scope=parent)


def column_tables(text: str, paras: list[Span], lex: Lexicons, units: UnitTable) -> list[FlatTable]:
    """One plan table per plan column of each results table with a plan column: its rows are
    the plan cells, its header the plan column's header line (which gives the target year)."""
    cells, out = _cells(text, paras), []
    for first, kinds in _header_run(text, cells, lex):
        rows, end = _rows_after(text, cells, first, len(kinds))
        if len(rows) < 2:
            continue
        lo, hi = cells[first - len(kinds)][0], cells[end - 1][1]
        used = frozenset(p for p in paras if lo <= p[0] and p[1] <= hi)
        for k, kind in enumerate(kinds):
            if kind != "plan":
                continue
            read = (_plan_row(text, n, v[k], p, lex, units) for n, v, p in rows)
            plan = [r for r in read if r is not None]
            out.append(FlatTable(plan, [cells[first - len(kinds) + k]], used, plan_column=True))
    return out
