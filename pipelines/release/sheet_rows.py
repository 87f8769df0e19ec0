"""Table rows as worksheet XML, written straight into an xlsxwriter sheet in ``constant_memory``.

xlsxwriter spends about 6 µs of Python on every cell (checks, a cell tuple, attribute lists, an
escaping pass); a release at N = 10,000 has millions of cells. This module renders a run of
*plain* rows with one f-string per cell, in the exact XML xlsxwriter writes for them in
``constant_memory`` mode (inline strings), and appends it to the sheet's row file, so the
workbook's bytes are the same. A row is plain when its texts need no more than ``&``, ``<`` and
``>`` escaped and fit a cell: a text with a control character, an ``_xHHHH_`` sequence, leading
or trailing white space, a ``<r>`` start or more than `limit` characters sends its whole row
through xlsxwriter's own per-cell methods (the caller's ``slow`` function), as do the last row of
the table (xlsxwriter writes its pending last row when the workbook closes, which fixes when the
cell formats get their style numbers).

Touches xlsxwriter internals (``fh``, ``previous_row``, ``_write_single_row``,
``_check_dimensions``, ``_convert_date_time``, ``Format._get_xf_index``) of the version pinned in
uv.lock; ``tests/test_sheet_rows.py`` compares the bytes with the per-cell path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from xlsxwriter.utility import xl_col_to_name

_SPECIAL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")


def plain_text(text: str, limit: int) -> bool:
    """Whether xlsxwriter writes `text` as an inline string with only ``&<>`` escaped (and it fits).

    >>> plain_text("Tăng trưởng GRDP 7,5% & hơn", 100), plain_text(" đầu cách", 100)
    (True, False)
    """
    return (
        len(text) <= limit
        and not (text[:1].isspace() or text[-1:].isspace())
        and not text.startswith("<r>")
        and not _SPECIAL.search(text)
    )


def _escape(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


class SheetRows:
    """Writes rows of one table sheet (`kinds`: the fields' types, string/integer/number/date)
    into worksheet `ws`; `formats` {kind: xlsxwriter Format} for text, integer and date cells."""

    def __init__(self, ws, kinds: Sequence[str], formats: dict):
        self.ws, self.kinds, self.formats = ws, list(kinds), formats
        self.letters = [xl_col_to_name(c) for c in range(len(kinds))]

    def slow_rows(self, columns: list[list], limit: int, last: bool) -> set[int]:
        """Indexes of the batch's rows that must go through xlsxwriter's own methods."""
        slow: set[int] = set()
        for kind, col in zip(self.kinds, columns):
            if kind == "string":
                slow.update(i for i, v in enumerate(col) if v is not None and not plain_text(v, limit))
        if last and columns and columns[0]:
            slow.add(len(columns[0]) - 1)
        return slow

    def write(self, first: int, rows: list[tuple]) -> None:
        """Append `rows` (plain, in column order, nulls None) as sheet rows `first`, `first`+1, ...
        (zero-based), after the rows xlsxwriter holds or wrote."""
        if not rows:
            return
        ws = self.ws
        ws._write_single_row(first)  # writes out the row xlsxwriter still holds
        styles = self._styles(rows)
        cells = [self._renderer(c, kind, styles) for c, kind in enumerate(self.kinds)]
        out = []
        for n, row in enumerate(rows, start=first + 1):
            out.append(f'<row r="{n}">')
            out.extend(render(v, n) for render, v in zip(cells, row) if v is not None)
            out.append("</row>")
        ws.fh.write("".join(out))
        last = first + len(rows) - 1
        ws._check_dimensions(last, 0)
        ws.previous_row = last + 1  # holds nothing: xlsxwriter's next row starts below

    def _styles(self, rows: list[tuple]) -> dict[str, int]:
        """Each used format's style number, asked for in the order xlsxwriter meets the cells
        (row by row, left to right), as that order numbers them."""
        kind_of = {"string": "text", "integer": "integer", "date": "date"}
        seen: dict[str, int] = {}
        for row in rows:
            for kind, v in zip(self.kinds, row):
                name = kind_of.get(kind)
                if v is not None and name is not None and name not in seen:
                    seen[name] = self.formats[name]._get_xf_index()
            if len(seen) == len({kind_of.get(k) for k in self.kinds} - {None}):
                break
        return seen

    def _renderer(self, c: int, kind: str, styles: dict[str, int]) -> Callable[[Any, int], str]:
        letter = self.letters[c]
        if kind == "string":
            s = styles.get("text")
            return lambda v, n: f'<c r="{letter}{n}" s="{s}" t="inlineStr"><is><t>{_escape(v)}</t></is></c>'
        if kind == "integer":
            s = styles.get("integer")
            return lambda v, n: f'<c r="{letter}{n}" s="{s}"><v>{int(v):.16G}</v></c>'
        if kind == "number":
            return lambda v, n: f'<c r="{letter}{n}"><v>{float(v):.16G}</v></c>'
        s, serial = styles.get("date"), self.ws._convert_date_time
        return lambda v, n: f'<c r="{letter}{n}" s="{s}"><v>{serial(dt.datetime.combine(v, dt.time())):.16G}</v></c>'
