"""Tables of tasks -> the cells that name who leads, supports or carries out each task.

A plan often ends with a table of tasks, which portals paste one cell per line::

    TT
    Nhiệm vụ
    Cơ quan chủ trì
    Cơ quan phối hợp
    Thời gian hoàn thành
    1
    Rà soát quy hoạch sử dụng đất
    Sở Nông nghiệp và Môi trường
    Sở Xây dựng, UBND các xã
    Quý II/2026

or as rows of cells between '|' ("| 1 | Rà soát ... | Sở Nông nghiệp và Môi trường | ... |").
The header names the columns: a row-number label ("TT", "STT": ``number`` in
``table_columns.csv``) opens it, and a column whose label is curated in
``assignment_cues.csv`` (``column_lead`` "cơ quan chủ trì", ``column_support`` "cơ quan phối
hợp", ``column_implement`` "đơn vị thực hiện") gives the role of every body named in its cells.
A row is its number line and the cells after it, one per header column; a row of another width
ends the table, and a section row ("I" / "Nhóm nhiệm vụ ...") is skipped.
"""

from __future__ import annotations

import re
from typing import cast

from pipelines.curation.lexicons import Lexicons, cue_words
from pipelines.extract.cue_patterns import compiled
from pipelines.text.fold import fold
from pipelines.text.segment import Span

_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
_SECTION = re.compile(r"^(?:[IVX]{1,4}|[A-Z])\.?$")
_ROLES = {"column_lead": "lead", "column_support": "support", "column_implement": "implement"}
_LABEL_MAX = 60  # a header cell is a short label


def _labels(lex: Lexicons) -> tuple[dict[str, str], set[str]]:
    """Folded role column labels -> role, and the folded row-number labels."""
    roles = {
        " ".join(fold(c).split()): role
        for kind, role in _ROLES.items()
        for c in cue_words(lex, "assignment_cues.csv", kind)
    }
    t = lex.tables["table_columns.csv"]
    numbers = {" ".join(fold(c).split()) for c, k in zip(t["label"], t["kind"]) if k == "number"}
    return roles, numbers


def _labels_of(lex: Lexicons) -> tuple[dict[str, str], set[str]]:
    """``_labels`` once per ``Lexicons``."""
    return cast(tuple[dict[str, str], set[str]], compiled(lex, "task_table_labels", _labels))


def _label(text: str, span: Span) -> str:
    return " ".join(fold(text[span[0] : span[1]]).strip(" .:|").split())


def _header(cells: list[str], roles: dict[str, str], numbers: set[str]) -> dict[int, str] | None:
    """The role of each column of a header (cell index -> role), or None when ``cells`` is no
    task table's header."""
    if not cells or cells[0] not in numbers:
        return None
    found = {i: roles[c] for i, c in enumerate(cells) if c in roles}
    return found or None


def _line_tables(text: str, lines: list[Span], lex: Lexicons) -> list[tuple[Span, str]]:
    """Role cells of tables pasted one cell per line."""
    roles, numbers = _labels_of(lex)
    out: list[tuple[Span, str]] = []
    i = 0
    while i < len(lines):
        width = _width(text, lines, i, numbers)
        header = _header([_label(text, s) for s in lines[i : i + width]], roles, numbers) if width else None
        if header is None:
            i += 1
            continue
        i = _rows(text, lines, i + width, width, header, out)
    return out


def _width(text: str, lines: list[Span], i: int, numbers: set[str]) -> int:
    """The number of header cells from line ``i`` (a row-number label) to the first row number."""
    if _label(text, lines[i]) not in numbers:
        return 0
    for j in range(i + 1, min(len(lines), i + 12)):
        cell = text[lines[j][0] : lines[j][1]].strip()
        if _ROW_NUMBER.match(cell) or _SECTION.match(cell):
            return j - i
        if len(cell) > _LABEL_MAX:
            return 0
    return 0


def _rows(text: str, lines: list[Span], i: int, width: int, header: dict[int, str], out: list) -> int:
    """Read the rows from line ``i``; return the line after the table. A row whose next line
    starts no row (a cell broken over two lines) is skipped up to the next row number; the last
    row is read when no row number follows within reach."""
    while i < len(lines):
        cell = _cell(text, lines[i])
        if _SECTION.match(cell):
            i += 2  # "I" / "Nhóm nhiệm vụ về ...": a section row
            continue
        if not _ROW_NUMBER.match(cell) or i + width > len(lines):
            return i
        end = i + width
        nxt = next((j for j in range(i + 1, min(len(lines), end + width)) if _starts_row(text, lines[j])), None)
        if nxt is None or nxt == end:
            out.extend((lines[i + c], role) for c, role in header.items())
        if nxt is None:
            return end
        i = nxt
    return i


def _cell(text: str, span: Span) -> str:
    return text[span[0] : span[1]].strip()


def _starts_row(text: str, span: Span) -> bool:
    cell = _cell(text, span)
    return bool(_ROW_NUMBER.match(cell) or _SECTION.match(cell))


def _cells(text: str, line: Span) -> list[Span]:
    """The cells of a '|' row, as spans."""
    out, start = [], line[0]
    for m in re.finditer(r"\|", text[line[0] : line[1]]):
        pos = line[0] + m.start()
        out.append((start, pos))
        start = pos + 1
    out.append((start, line[1]))
    return [s for s in out if text[s[0] : s[1]].strip()]


def _pipe_tables(text: str, lines: list[Span], lex: Lexicons) -> list[tuple[Span, str]]:
    """Role cells of tables written as '|' rows."""
    roles, numbers = _labels_of(lex)
    out: list[tuple[Span, str]] = []
    header: dict[int, str] | None = None
    for line in lines:
        if "|" not in text[line[0] : line[1]]:
            header = None
            continue
        cells = _cells(text, line)
        found = _header([_label(text, c) for c in cells], roles, numbers)
        if found is not None:
            header = found
        elif header is not None and cells and _ROW_NUMBER.match(text[cells[0][0] : cells[0][1]].strip()):
            out.extend((cells[c], role) for c, role in header.items() if c < len(cells))
    return out


def task_cells(text: str, lines: list[Span], lex: Lexicons) -> list[tuple[Span, str]]:
    """(cell span, role) of every cell of a task table's role columns.

    Example: a "Cơ quan chủ trì" cell "Sở Nông nghiệp và Môi trường" gives (its span, "lead").
    """
    return sorted(_line_tables(text, lines, lex) + _pipe_tables(text, lines, lex))
