"""The release workbook `plandata-<version>.xlsx`: the tables for spreadsheet users.

One sheet per table, after a `README` sheet. Every cell is typed from the schema: text as text
(codes keep their leading zeros; nothing starting with `=`, `+` or `-` becomes a formula, nothing
numeric-looking becomes a number), integers and decimals as numbers, dates as dates; nulls are
empty cells. A text longer than a cell holds (Excel: 32,767 characters) is never cut silently:
its cell holds the first part and a note says so, and the whole text follows in parts in the sheet
`long_texts` (table, row id, column, part, parts, text). Same tables and version -> same bytes
(fixed creation date, no time stamps). Rows are streamed to a temporary file as they are written
(xlsxwriter's ``constant_memory`` mode: inline strings, memory flat in the corpus size).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq
import xlsxwriter
import xlsxwriter.workbook

from pipelines.release.sheet_rows import SheetRows, slow_rows
from schemas.datapackage import AUTHORS, DATASET_TITLE
from schemas.metadata import Table, load_tables

if TYPE_CHECKING:
    import pandas as pd

CELL_LIMIT = 32_767
BATCH_ROWS = 2_000  # rows read from a Parquet file at a time, at most
BATCH_BYTES = 1_000_000  # and about this many bytes of values (the articles' texts: a few hundred rows)
CHUNK = 32_000  # below the limit, so characters outside the BMP (two UTF-16 units) still fit
LONG_SHEET = "long_texts"
_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}
_WIDTHS = {"string": 24, "integer": 10, "number": 14, "date": 12}
# zlib level of the workbook's zip. At N = 10,000 articles level 1 takes 3.1 s of CPU where the
# default (6) takes 5.1 s, on the publishing step's critical path; the file is 30 MiB, not 23.
DEFLATE_LEVEL = 1


def split_text(text: str, size: int = CHUNK) -> list[str]:
    """`text` in consecutive parts of at most `size` characters (one part when it fits)."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


class _Writer:
    def __init__(self, wb: xlsxwriter.Workbook):
        self.wb = wb
        self.fmt = {
            "header": wb.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1}),
            "date": wb.add_format({"num_format": "yyyy-mm-dd"}),
            "integer": wb.add_format({"num_format": "0"}),
            "text": wb.add_format({"num_format": "@"}),
        }
        self.long_rows: list[tuple[str, str, str, int, int, str]] = []

    def cell(self, ws, r: int, c: int, value, ftype: str, where: tuple[str, str, str]) -> None:
        if ftype == "string":
            self._text(ws, r, c, str(value), where)
        elif ftype == "integer":
            ws.write_number(r, c, int(value), self.fmt["integer"])
        elif ftype == "number":
            ws.write_number(r, c, float(value))
        else:
            ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), self.fmt["date"])

    def _text(self, ws, r: int, c: int, text: str, where: tuple[str, str, str]) -> None:
        if len(text) <= CHUNK:
            ws.write_string(r, c, text, self.fmt["text"])
            return
        parts = split_text(text)
        ws.write_string(r, c, parts[0], self.fmt["text"])
        ws.write_comment(
            r,
            c,
            f"Longer than a spreadsheet cell holds ({len(text):,} characters): this cell shows "
            f"part 1 of {len(parts)}; the whole text is in sheet '{LONG_SHEET}'.",
            {"x_scale": 2, "y_scale": 1.2},
        )
        table, row_id, column = where
        self.long_rows += [(table, row_id, column, i + 1, len(parts), p) for i, p in enumerate(parts)]

    def table_sheet(self, table: Table, batches: Iterator[list[pa.Array]]) -> tuple[int, int]:
        """Write one table's sheet from `batches` of its columns (Arrow arrays, in the table's
        column order); returns (rows, texts split into parts)."""
        ws = self.wb.add_worksheet(table.name)
        before = len(self.long_rows)
        for c, f in enumerate(table.fields):
            ws.write_string(0, c, f.name, self.fmt["header"])
            ws.set_column(c, c, _WIDTHS[f.type])
        rows = 0
        for columns, last in _with_last(batches):
            rows = self._rows(ws, table, columns, rows, last)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(rows, 1), len(table.fields) - 1)
        ws.ignore_errors({"number_stored_as_text": "A1:XFD1048576"})
        return rows, len(self.long_rows) - before

    def _rows(self, ws, table: Table, columns: list[pa.Array], done: int, last: bool) -> int:
        """Write the rows of one batch below the `done` rows already written: runs of plain rows
        rendered at once (``sheet_rows``), the others cell by cell; returns the rows now done."""
        kinds = [f.type for f in table.fields]
        fast = SheetRows(ws, kinds, self.fmt)
        n = len(columns[0]) if columns else 0
        start = 0
        for i in slow_rows(kinds, columns, CHUNK, last) + [n]:
            fast.write(done + 1 + start, [c.slice(start, i - start) for c in columns])
            if i < n:
                self._slow_row(ws, table, [c[i].as_py() for c in columns], done + 1 + i)
            start = i + 1
        return done + n

    def _slow_row(self, ws, table: Table, row: list, r: int) -> None:
        pk = table.columns.index(table.primary_key[0])
        for c, value in enumerate(row):
            if value is not None:
                f = table.fields[c]
                self.cell(ws, r, c, value, f.type, (table.name, str(row[pk]), f.name))


@contextmanager
def _deflate_level(level: int) -> Iterator[None]:
    """While open, xlsxwriter zips a closing workbook at zlib `level`: it has no option for the
    level (XlsxWriter issue 853), so its module's ``ZipFile`` is given one, then restored."""
    module = xlsxwriter.workbook
    original = module.ZipFile
    setattr(module, "ZipFile", functools.partial(original, compresslevel=level))
    try:
        yield
    finally:
        setattr(module, "ZipFile", original)


def _with_last(batches: Iterator[list[pa.Array]]) -> Iterator[tuple[list[pa.Array], bool]]:
    """Each batch with whether it is the last one."""
    previous = None
    for batch in batches:
        if previous is not None:
            yield previous, False
        previous = batch
    if previous is not None:
        yield previous, True


def _readme(ws, fmt, version: str, counts: dict[str, int], split: dict[str, int]) -> None:
    lines = [
        f"{DATASET_TITLE}, version {version}",
        f"Authors: {AUTHORS}. Licence: CC BY 4.0.",
        "One sheet per table, columns as in the data dictionary (README.md of the release).",
        "Codes are text (province codes keep their leading zero); dates are dates; empty cells are nulls.",
        "No cell is a formula: quotes beginning with '-', '+' or '=' are text as written.",
        (
            f"Texts longer than a cell holds ({CELL_LIMIT:,} characters) show their first part with a note; "
            f"the whole text is in sheet '{LONG_SHEET}', in parts."
        ),
        "For tools, use the CSV or Parquet files of the release: they hold the exact values.",
        "",
    ]
    for r, line in enumerate(lines):
        ws.write_string(r, 0, line, fmt["header"] if r == 0 else None)
    ws.write_string(len(lines), 0, "sheet", fmt["header"])
    ws.write_string(len(lines), 1, "rows", fmt["header"])
    ws.write_string(len(lines), 2, "texts split (parts)", fmt["header"])
    for r, (name, n) in enumerate(counts.items(), start=len(lines) + 1):
        ws.write_string(r, 0, name)
        ws.write_number(r, 1, n)
        ws.write_number(r, 2, split.get(name, 0))
    ws.set_column(0, 0, 40)


def _long_sheet(wb, fmt, rows) -> None:
    ws = wb.add_worksheet(LONG_SHEET)
    for c, name in enumerate(["table", "row_id", "column", "part", "parts", "text"]):
        ws.write_string(0, c, name, fmt["header"])
    for r, (table, row_id, column, part, parts, text) in enumerate(rows, start=1):
        ws.write_string(r, 0, table)
        ws.write_string(r, 1, row_id)
        ws.write_string(r, 2, column)
        ws.write_number(r, 3, part)
        ws.write_number(r, 4, parts)
        ws.write_string(r, 5, text, fmt["text"])
    ws.freeze_panes(1, 0)


def _parquet_batches(table: Table, source) -> Iterator[list[pa.Array]]:
    """The table's columns from a Parquet file (path or buffer), in batches of at most BATCH_ROWS
    rows and about BATCH_BYTES bytes (by the file's uncompressed size), as Arrow arrays: the
    values `tables_io.read_release_table` gives."""
    reader = pq.ParquetFile(source)
    meta = reader.metadata
    size = sum(meta.row_group(g).total_byte_size for g in range(meta.num_row_groups))
    rows = BATCH_ROWS if not meta.num_rows else max(1, min(BATCH_ROWS, BATCH_BYTES * meta.num_rows // max(size, 1)))
    for batch in reader.iter_batches(batch_size=rows, columns=table.columns):
        yield list(batch.columns)


def workbook_bytes(frames: Mapping[str, pd.DataFrame], version: str, build_date: dt.date) -> bytes:
    """The workbook for {table: canonical DataFrame} of release `version`: README sheet, one sheet
    per table in schema order, and `long_texts` when a text had to be split. Deterministic bytes.
    Written from the tables' Parquet files, as publishing writes it."""
    from pipelines.release import tables_io  # pandas: not for the workbook's own process

    files = {f"parquet/{n}.parquet": tables_io.parquet_bytes(df, n) for n, df in frames.items()}
    return workbook_from_parquet(files, version, build_date)


def workbook_from_parquet(files: dict[str, bytes], version: str, build_date: dt.date) -> bytes:
    """`workbook_bytes` for the release's `parquet/<table>.parquet` files {path: bytes}, read in
    batches as each sheet is written (same cells)."""
    meta = load_tables()
    tables = (
        (n, _parquet_batches(meta[n], pa.BufferReader(files[f"parquet/{n}.parquet"])))
        for n in meta
        if f"parquet/{n}.parquet" in files
    )
    buf = io.BytesIO()
    _workbook(tables, version, build_date, buf)
    return buf.getvalue()


def _workbook(
    tables: Iterator[tuple[str, Iterator[list[pa.Array]]]], version: str, build_date: dt.date, target: io.BytesIO
) -> None:
    wb = xlsxwriter.Workbook(target, _OPTIONS)
    created = dt.datetime.combine(build_date, dt.time())
    wb.set_properties(
        {
            "title": f"{DATASET_TITLE} {version}",
            "author": AUTHORS,
            "created": created,
            "comments": "Generated from the release tables; see README.md of the release.",
        }
    )
    writer = _Writer(wb)
    readme = wb.add_worksheet("README")
    meta = load_tables()
    counts, split = {}, {}
    for name, batches in tables:
        counts[name], split[name] = writer.table_sheet(meta[name], batches)
    _readme(readme, writer.fmt, version, counts, split)
    if writer.long_rows:
        _long_sheet(wb, writer.fmt, writer.long_rows)
    with _deflate_level(DEFLATE_LEVEL):
        wb.close()
