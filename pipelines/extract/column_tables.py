"""Tables with several value columns, flattened to one cell per line -> the plan column's rows.

Reports paste a table of results and plans as one cell per line, the cells of a row sometimes
separated by "|" lines::

    Stt | Chỉ tiêu chủ yếu | TH năm 2023 | KH năm 2024 | Ước TH 2024 | Đánh giá
    1 | Tốc độ tăng GRDP (%) | 7,03 | 8,5-9,5 | 8-8,5 | Đạt
    | - Nông Lâm Ngư nghiệp (%) | 5,86 | 5,5-6,0 | 2,8 |

Steps:
1. the header: a row-number label ("Stt"), a name label ("Chỉ tiêu chủ yếu") and then column
   labels, each classed by ``table_columns.csv`` (``plan``: "KH năm 2024"; ``result``: "TH",
   "Ước TH"; ``compared``: "So sánh (%)", a figure of every row but no row; ``unit``, ``text``:
   "Đánh giá", "Ghi chú"), up to the first row number;
2. a table counts only with a plan column and at least two value columns (a table with one
   value column is ``flat_tables``' business);
3. each row is a name cell (a row number before it, "2" or a sub-row's "2.6", or a "- " sub-item; a
   bracketed unit on the next line joins it) and then its figure cells; a number is a row number only when a name
   follows it ("3" / "Kim ngạch xuất khẩu"), else a figure ("450" / "470"); a bracketed figure ("(còn 4,33%)")
   belongs to the figure before it, and an assessment ("Đạt") is no name;
4. a row whose figures fill exactly the value columns gives the plan column's cell as a
   ``FlatRow``, and the plan cell's bracketed figure a second one ("0,7%" then "(còn 4,33%)":
   the rate reached, lte 4.33); any other row is skipped (a cell left empty cannot be told
   apart). A negative figure ("-4,13%") is a figure, not a "- " sub-item.

The table's header is the plan column's label ("KH năm 2024"): its year is the target year.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import pandas as pd

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_words import cue_words
from pipelines.extract.flat_tables import FlatRow, FlatTable, row_from_cells, row_with_unit
from pipelines.extract.numbers import UnitTable
from pipelines.text.fold import fold
from pipelines.text.memo import per_table
from pipelines.text.segment import Span

COLUMNS_TABLE = "table_columns.csv"
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,4})\.?$")  # "3", "II", a sub-row's "2.6"
_FIGURE = re.compile(r"^[<>≥≤~+-]?\s*[\d(]")
_SEPARATOR = re.compile(r"^\|?$")
_SUB_ITEM = re.compile(r"^[-+–]\s*[^\W\d_]")  # "- Dịch vụ", not a negative figure "-4,13%"
_MAX_HEADER = 12  # cells between the row-number label and the first row
_MAX_CELL = 200  # characters: a longer line is prose, not a cell


@dataclass(frozen=True)
class _Columns:
    """The value columns of a header: their kinds and the plan column's index and label."""

    kinds: list[str]
    plan: int
    label: Span
    growth: int | None = None  # the plan column's average-growth column, if the header has one


def _labels(lex: Lexicons) -> list[tuple[str, str]]:
    """(folded label, kind), longest first, from ``table_columns.csv`` (built once per table)."""
    return per_table(lex.tables[COLUMNS_TABLE], _labels_of)


def _labels_of(df: pd.DataFrame) -> list[tuple[str, str]]:
    pairs = [(fold(str(r.label)), str(r.kind)) for r in df.itertuples()]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _label_pattern(lex: Lexicons) -> re.Pattern[str]:
    """One regex for the curated column labels, tried in ``_labels``' order (longest first) at a
    position, each ending at a word's end, as a loop over them would try them (built once per
    table)."""
    return per_table(lex.tables[COLUMNS_TABLE], _label_pattern_of)


def _label_pattern_of(df: pd.DataFrame) -> re.Pattern[str]:
    labels = [label for label, _ in _labels_of(df)]
    return re.compile("(?:" + "|".join(map(re.escape, labels)) + r")(?!\w)")


def _kind(cell: str, labels: list[tuple[str, str]]) -> str | None:
    """The kind of a header or assessment cell: the longest curated label it starts with."""
    if not labels:
        return None
    pattern, kinds = per_table(labels, _kind_finder_of)
    m = pattern.match(fold(cell).strip().lower())
    return kinds[m.group()] if m else None


def _kind_finder_of(labels: list[tuple[str, str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex trying ``labels`` (longest first) as a loop over them would, and their kinds."""
    kinds: dict[str, str] = {}
    for label, kind in labels:
        kinds.setdefault(label, kind)
    return re.compile("(?:" + "|".join(re.escape(label) for label, _ in labels) + r")(?!\w)"), kinds


def _cells(text: str, paras: list[Span]) -> list[Span]:
    """The paragraphs that are cells: "|" separators dropped."""
    return [p for p in paras if not _SEPARATOR.match(text[p[0] : p[1]].strip())]


def _header(text: str, cells: list[Span], i: int, labels: list[tuple[str, str]]) -> tuple[_Columns, int] | None:
    """The value columns of a header whose row-number label is ``cells[i]``, and the index of
    the first cell after the header; None unless a name label follows and a plan column and at
    least two value columns are found."""
    if i + 1 >= len(cells) or _kind(text[cells[i][0] : cells[i][1]], labels) != "number":
        return None
    if _kind(text[cells[i + 1][0] : cells[i + 1][1]], labels) != "name":
        return None
    kinds: list[str] = []
    plan: tuple[int, Span] | None = None
    j = i + 2
    while j < len(cells) and j - i <= _MAX_HEADER:
        cell = text[cells[j][0] : cells[j][1]]
        if _ROW_NUMBER.match(cell.strip()):
            break
        kind = _kind(cell, labels)
        if kind == "growth" and kinds and kinds[-1] in ("plan", "result"):
            kinds.append(kinds[-1] + "_growth")  # "KH 2021 - 2025" then "Tăng bq 2021 - 2025 (%)"
        elif kind in ("plan", "result", "compared"):  # a comparison's figure fills a column too; no row
            if kind == "plan" and plan is None:
                plan = (len(kinds), cells[j])
            kinds.append(kind)
        elif kind not in ("text", "unit"):
            return None
        j += 1
    if plan is None or len(kinds) < 2:
        return None
    grows = plan[0] + 1 < len(kinds) and kinds[plan[0] + 1] == "plan_growth"
    return _Columns(kinds, plan[0], plan[1], plan[0] + 1 if grows else None), j


def _is_name(cell: str, labels: list[tuple[str, str]]) -> bool:
    return bool(re.search(r"[^\W\d_]", cell)) and not _FIGURE.match(cell) and _kind(cell, labels) != "assessment"


def _names_next(text: str, cells: list[Span], j: int, labels: list[tuple[str, str]]) -> bool:
    """Whether the cell after ``cells[j]`` is a name: "3" before "Kim ngạch xuất khẩu" is a row
    number, "450" before "470" a figure."""
    return j + 1 < len(cells) and _is_name(text[cells[j + 1][0] : cells[j + 1][1]].strip(), labels)


@dataclass
class _Row:
    name: list[Span]
    figures: list[Span]
    notes: dict[int, Span] = field(default_factory=dict)  # figure index -> its bracketed second figure


def _numbers_row(text: str, cells: list[Span], j: int, labels: list[tuple[str, str]], short: bool) -> bool:
    """Whether the number at ``cells[j]`` is a row number: a name follows it, and that name is no
    "- " sub-item while the row before still lacks figures ("147", "154", "7" then "- Đất cơ sở
    y tế": sub-items go unnumbered, so "7" is the last figure of the row before)."""
    if not (_ROW_NUMBER.match(text[cells[j][0] : cells[j][1]].strip()) and _names_next(text, cells, j, labels)):
        return False
    return not (short and _SUB_ITEM.match(text[cells[j + 1][0] : cells[j + 1][1]].strip()))


def _rows(
    text: str, cells: list[Span], start: int, labels: list[tuple[str, str]], width: int
) -> tuple[list[_Row], int]:
    """The rows after a header with ``width`` value columns (step 3), and the index of the first
    cell after the table."""
    rows: list[_Row] = []
    j = start
    while j < len(cells):
        cell = text[cells[j][0] : cells[j][1]].strip()
        if len(cell) > _MAX_CELL:
            break
        short = bool(rows) and 0 < len(rows[-1].figures) < width
        if _kind(cell, labels) == "assessment" or _numbers_row(text, cells, j, labels, short):
            pass  # an assessment, or a row number: the cell after it names the row
        elif rows and re.fullmatch(r"\([^\d()]+\)", cell) and not rows[-1].figures:
            rows[-1].name.append(cells[j])  # "(tỷ đồng)" on the line after the name
        elif _FIGURE.match(cell) and not _SUB_ITEM.match(cell):
            if rows and not cell.startswith("("):
                rows[-1].figures.append(cells[j])
            elif rows and rows[-1].figures:
                rows[-1].notes[len(rows[-1].figures) - 1] = cells[j]  # "0,7%" then "(còn 4,33%)"
        elif _is_name(cell, labels):
            rows.append(_Row([cells[j]], []))
        j += 1
    return rows, j


def _plan_cells(text: str, row: _Row, columns: _Columns, lex: Lexicons, units: UnitTable) -> list[FlatRow]:
    """The rows of a table row's plan cell (step 4): its figure, and the figure in brackets
    after it, which states where the value leads ("0,7%" then "(còn 4,33%)": the rate reached,
    lte 4.33)."""
    if len(row.figures) != len(columns.kinds):
        return []
    name = (row.name[0][0], row.name[-1][1])
    found = [row_from_cells(text, name, row.figures[columns.plan], lex, units)]
    note = row.notes.get(columns.plan)
    if note is not None and text[note[1] - 1] == ")":
        inner = row_from_cells(text, name, (note[0] + 1, note[1] - 1), lex, units)
        found.append(dataclasses.replace(inner, value=note) if inner else None)  # quoted with its brackets
    return [r for r in found if r is not None]


def column_tables(text: str, paras: list[Span], lex: Lexicons, units: UnitTable) -> list[FlatTable]:
    """Every flattened table with a plan column in the article, as a ``FlatTable`` of the plan
    column's cells (header: the plan column's label, ``columns`` "plan").

    Example: the cells "Stt", "Chỉ tiêu", "TH năm 2023", "KH năm 2024", "1", "GRDP bình quân
    đầu người (USD)", "2.605", "3.000" give one row: 3.000 USD, under "KH năm 2024".
    """
    labels = _labels(lex)
    cells = _cells(text, paras)
    tables: list[FlatTable] = []
    i = 0
    while i < len(cells):
        found = _header(text, cells, i, labels)
        if found is None:
            i += 1
            continue
        columns, start = found
        rows, end = _rows(text, cells, start, labels, len(columns.kinds))
        flat = [r for row in rows for r in _plan_cells(text, row, columns, lex, units)]
        used = frozenset(p for p in paras if cells[i][0] <= p[0] and p[1] <= cells[end - 1][1])
        if flat:
            tables.append(FlatTable(flat, [columns.label], used, columns="plan"))
        i = end
    return tables


# Tables pasted as one row per line, the cells joined by spaces:
#     STT Chỉ tiêu ĐVT TH 2021 - 2025 Tăng bq 2021-2025 (%) KH 2026 - 2030 Tăng bq 2026 - 2030 (%)
#     1 Tổng sản phẩm (giá so sánh)  Tỷ đồng  20.000 6,00 27.000 6,20
#        - Khu vực I  Tỷ đồng  5.000 2,00 5.500 2,10
_SPACED_FIGURES = re.compile(r"(?:\s+-?\d[\d.,]*)+\s*$")
_SPACED_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4})\.?\s+")
_SPACED_MARK = re.compile(r"\s*[-+–]\s*")
_WORD = re.compile(r"(?<!\w)\w")


def _header_line(text: str, line: Span, pattern: re.Pattern[str]) -> list[Span]:
    """The cells of a header line whose cells are joined by spaces: each cell starts at a
    curated column label (``table_columns.csv``), the longest at each word; [] unless the line
    starts with one."""
    folded = fold(text[line[0] : line[1]]).lower()
    first = _WORD.search(folded)
    if first is None or folded[: first.start()].strip() or not pattern.match(folded, first.start()):
        return []  # most lines: no label at their first word
    starts: list[int] = []
    pos = 0
    for w in _WORD.finditer(folded):
        if w.start() < pos:
            continue
        found = pattern.match(folded, w.start())
        if found:
            starts.append(w.start())
            pos = found.end()
    ends = starts[1:] + [len(folded)]
    return [(line[0] + a, line[0] + len(folded[:b].rstrip())) for a, b in zip(starts, ends)]


@dataclass
class _SpacedRow:
    name: Span
    unit: tuple[str, float] | None
    figures: list[Span]
    numbered: bool
    marked: bool  # a "- " / "+ " sub-item or a breakdown ("Trong đó: ...")


def _name_and_unit(text: str, name: Span, units: UnitTable) -> tuple[Span, tuple[str, float] | None]:
    """A row's name cell without the unit cell at its end ("GRDP giá so sánh  Tỷ đồng"), and that
    unit: the last one to three words that are a curated unit."""
    words = list(re.finditer(r"\S+", text[name[0] : name[1]]))
    for k in (3, 2, 1):
        if len(words) > k:
            unit = units.lookup(text[name[0] + words[-k].start() : name[1]])
            if unit is not None:
                return (name[0], name[0] + words[-k - 1].end()), unit
    return name, None


def _spaced_row(text: str, line: Span, lex: Lexicons, units: UnitTable) -> _SpacedRow | None:
    """A table row written on one line: row number or sub-item mark, name, unit, figures."""
    raw = text[line[0] : line[1]]
    figs = _SPACED_FIGURES.search(raw)
    if figs is None or figs.start() == 0:
        return None
    start = line[0]
    number = _SPACED_NUMBER.match(raw)
    if number:
        start += number.end()
    mark = _SPACED_MARK.match(text, start, line[0] + figs.start())
    lead = cue_words(lex).breakdown_lead.match(fold(text), start, line[0] + figs.start())
    if mark:
        start = mark.end()
    elif lead and text[lead.end() : lead.end() + 1] == ":":
        start = lead.end() + 1
    start += len(text[start : line[0] + figs.start()]) - len(text[start : line[0] + figs.start()].lstrip())
    name, unit = _name_and_unit(text, (start, line[0] + figs.start()), units)
    figures = [
        (line[0] + figs.start() + m.start(), line[0] + figs.start() + m.end())
        for m in re.finditer(r"\S+", figs.group(0))
    ]
    return _SpacedRow(name, unit, figures, bool(number), bool(mark or lead))


def _spaced_cells(
    text: str, row: _SpacedRow, columns: _Columns, lex: Lexicons, units: UnitTable, part: bool
) -> list[FlatRow]:
    """The plan cell of a spaced row and its average-growth cell (in percent), when the row's
    figures fill the value columns exactly."""
    if len(row.figures) != len(columns.kinds):
        return []
    found = [row_with_unit(text, row.name, row.figures[columns.plan], row.unit, lex, units)]
    if found[0] is not None:
        found[0] = dataclasses.replace(found[0], part=part, column="level")
    if columns.growth is not None:
        grown = row_with_unit(text, row.name, row.figures[columns.growth], units.lookup("%"), lex, units)
        found.append(dataclasses.replace(grown, part=part, column="growth") if grown else None)
    return [r for r in found if r is not None]


def _indent(text: str, span: Span) -> int:
    """The spaces before a line's first character."""
    return span[0] - (text.rfind("\n", 0, span[0]) + 1)


def _spaced_rows(
    text: str, paras: list[Span], k: int, columns: _Columns, lex: Lexicons, units: UnitTable
) -> tuple[list[FlatRow], int]:
    """The cells of the rows after a spaced header at ``paras[k]``, and the index of the first
    paragraph after the table. A row marked as a sub-item ("- Khu vực I", "Trong đó: Công
    nghiệp"), or an unmarked one indented at least as far as the breakdown row before it
    ("Xây dựng" under "Trong đó: Công nghiệp"), is a part of the row above it."""
    out: list[FlatRow] = []
    j, breakdown = k + 1, None  # the indentation of the breakdown row the rows go on from
    while j < len(paras) and len(text[paras[j][0] : paras[j][1]]) <= _MAX_CELL:
        row = _spaced_row(text, paras[j], lex, units)
        if row is None:
            if not _ROW_NUMBER.match(text[paras[j][0] : paras[j][1]].split(" ")[0].strip()):
                break
            j += 1  # a section line ("I LĨNH VỰC KINH TẾ")
            continue
        indent = _indent(text, paras[j])
        going_on = breakdown is not None and not row.marked and indent >= breakdown
        part = not row.numbered and (row.marked or going_on)
        if cue_words(lex).breakdown_lead.match(fold(text), paras[j][0], paras[j][1]):
            breakdown = indent
        elif not going_on:
            breakdown = None
        out += _spaced_cells(text, row, columns, lex, units, part)
        j += 1
    return out, j


def spaced_tables(text: str, paras: list[Span], lex: Lexicons, units: UnitTable) -> list[FlatTable]:
    """Every table with a plan column whose rows are lines of cells joined by spaces, as a
    ``FlatTable`` of its plan cells (and of the plan period's average growth, in percent).

    Example: the header line "STT Chỉ tiêu Đơn vị tính TH 2020 KH 2025" and the row "1 Thu
    ngân sách Tỷ đồng 9.000 12.000" give one row: 12.000 tỷ đồng under "KH 2025".
    """
    labels, pattern = _labels(lex), _label_pattern(lex)
    tables: list[FlatTable] = []
    k = 0
    while k < len(paras):
        cells = _header_line(text, paras[k], pattern)
        found = _header(text, cells, 0, labels) if len(cells) > 3 else None
        if found is None or found[1] != len(cells):
            k += 1
            continue
        columns = found[0]
        rows, end = _spaced_rows(text, paras, k, columns, lex, units)
        if rows:
            tables.append(FlatTable(rows, [columns.label], frozenset(paras[k:end]), columns="plan"))
        k = max(end, k + 1)
    return tables
