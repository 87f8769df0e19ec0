"""Table rows as worksheet XML, written straight into an xlsxwriter sheet in ``constant_memory``.

xlsxwriter spends several µs of Python on every cell (checks, a cell tuple, attribute lists, an
escaping pass); a release at N = 10,000 has about 2.3 million non-empty cells. This module
renders a run of *plain* rows from their Arrow columns with Arrow's string kernels, in the exact
XML xlsxwriter writes for them in ``constant_memory`` mode (inline strings), and appends it to
the sheet's row file, so the workbook's bytes are the same. A row is plain when its texts need
no more than ``&``, ``<`` and ``>`` escaped and fit a cell, its integers have at most 16 digits,
its decimals are finite and its dates are from 1900-03-01 on. Any other row (a text with a
control character, an ``_xHHHH_`` sequence, white space at either end, a ``<r>`` start or more
than `limit` characters ...) goes through xlsxwriter's own per-cell methods (the caller's), as
does the last row of the table (xlsxwriter writes its pending last row when the workbook closes,
which fixes when the cell formats get their style numbers).

Touches xlsxwriter internals (``fh``, ``previous_row``, ``_write_single_row``,
``_check_dimensions``, ``Format._get_xf_index``) of the version pinned in uv.lock;
``tests/test_sheet_rows.py`` compares the bytes with the per-cell path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.utility import xl_col_to_name

_SPECIAL = r"[\x00-\x08\x0b-\x1f\x{FFFE}\x{FFFF}]|_x[0-9a-fA-F]{4}_"
_SPACES = pa.array([chr(i) for i in range(0x110000) if chr(i).isspace()], pa.string())
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0; serials are plain day counts from 1900-03-01 on
_FIRST_PLAIN_DATE = dt.date(1900, 3, 1)
_STYLE = {"string": "text", "integer": "integer", "date": "date"}


def awkward_texts(texts: pa.Array, limit: int) -> pa.Array:
    """True where xlsxwriter writes more than the text with ``&<>`` escaped (or it does not fit).

    >>> awkward_texts(pa.array(["GRDP 7,5% & hơn", " đầu cách", None]), 100).to_pylist()
    [False, True, False]
    """
    first = pc.utf8_slice_codeunits(texts, 0, 1)
    last = pc.utf8_slice_codeunits(texts, -1, 2**31 - 1)
    flags = [
        pc.greater(pc.utf8_length(texts), limit),
        pc.is_in(first, value_set=_SPACES),
        pc.is_in(last, value_set=_SPACES),
        pc.starts_with(texts, "<r>"),
        pc.match_substring_regex(texts, _SPECIAL),
    ]
    out = flags[0]
    for f in flags[1:]:
        out = pc.or_(out, f)
    return pc.fill_null(out, False)


def _awkward(kind: str, values: pa.Array, limit: int) -> pa.Array | None:
    if kind == "string":
        return awkward_texts(values, limit)
    if kind == "integer":
        return pc.fill_null(pc.greater_equal(pc.abs(values), 10**16), False)
    if kind == "number":
        return pc.fill_null(pc.invert(pc.is_finite(values)), False)
    if kind == "date":
        return pc.fill_null(pc.less(values, pa.scalar(_FIRST_PLAIN_DATE, pa.date32())), False)
    return None


def slow_rows(kinds: Sequence[str], columns: Sequence[pa.Array], limit: int, last: bool) -> list[int]:
    """Indexes of the batch's rows that must go through xlsxwriter's own methods, in order."""
    n = len(columns[0]) if columns else 0
    mask = pa.array([False] * n)
    for kind, values in zip(kinds, columns):
        flags = _awkward(kind, values, limit)
        if flags is not None:
            mask = pc.or_(mask, flags)
    out = pc.indices_nonzero(mask).to_pylist()
    if last and n and (not out or out[-1] != n - 1):
        out.append(n - 1)
    return out


class SheetRows:
    """Writes rows of one table sheet (`kinds`: the fields' types, string/integer/number/date)
    into worksheet `ws`; `formats` {style: xlsxwriter Format} for text, integer and date cells."""

    def __init__(self, ws, kinds: Sequence[str], formats: dict):
        self.ws, self.kinds, self.formats = ws, list(kinds), formats
        self.letters = [xl_col_to_name(c) for c in range(len(kinds))]

    def write(self, first: int, columns: Sequence[pa.Array]) -> None:
        """Append the plain rows in `columns` (Arrow arrays of one run of rows, in column order)
        as sheet rows `first`, `first`+1, ... (zero-based), after the rows xlsxwriter holds or wrote."""
        n = len(columns[0]) if columns else 0
        if not n:
            return
        ws = self.ws
        ws._write_single_row(first)  # writes out the row xlsxwriter still holds
        styles = self._styles(columns)
        nums = pc.cast(pa.array(range(first + 1, first + 1 + n), pa.int64()), pa.string())
        cells = [
            self._cells(c, kind, values, nums, styles) for c, (kind, values) in enumerate(zip(self.kinds, columns))
        ]
        rows = pc.binary_join_element_wise(
            pc.binary_join_element_wise('<row r="', nums, '">', ""), *cells, "</row>", ""
        )
        ws.fh.write("".join(rows.to_pylist()))
        last = first + n - 1
        ws._check_dimensions(last, 0)
        ws.previous_row = last + 1  # holds nothing: xlsxwriter's next row starts below

    def _styles(self, columns: Sequence[pa.Array]) -> dict[str, int]:
        """Each used format's style number, asked for in the order xlsxwriter meets the cells
        (row by row, left to right), as that order numbers them."""
        firsts = []
        for c, (kind, values) in enumerate(zip(self.kinds, columns)):
            if kind in _STYLE and values.null_count < len(values):
                row = pc.indices_nonzero(pc.is_valid(values))[0].as_py()
                firsts.append((row, c, _STYLE[kind]))
        styles: dict[str, int] = {}
        for _, _, name in sorted(firsts):
            if name not in styles:
                styles[name] = self.formats[name]._get_xf_index()
        return styles

    def _cells(self, c: int, kind: str, values: pa.Array, nums: pa.Array, styles: dict[str, int]) -> pa.Array:
        """The `<c>` elements of one column ("" for nulls)."""
        head = f'<c r="{self.letters[c]}'
        if kind == "string":
            text = values
            for raw, esc in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
                text = pc.replace_substring(text, raw, esc)
            parts = [head, nums, f'" s="{styles.get("text")}" t="inlineStr"><is><t>', text, "</t></is></c>"]
        elif kind == "integer":
            parts = [head, nums, f'" s="{styles.get("integer")}"><v>', pc.cast(values, pa.string()), "</v></c>"]
        elif kind == "number":
            floats = [None if v is None else f"{v:.16G}" for v in values.to_pylist()]
            parts = [head, nums, '"><v>', pa.array(floats, pa.string()), "</v></c>"]
        else:
            days = pc.subtract(pc.cast(values, pa.int32()), (_EXCEL_EPOCH - dt.date(1970, 1, 1)).days)
            parts = [head, nums, f'" s="{styles.get("date")}"><v>', pc.cast(days, pa.string()), "</v></c>"]
        return pc.fill_null(pc.binary_join_element_wise(*parts, ""), "")
