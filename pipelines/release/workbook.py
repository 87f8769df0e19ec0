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
import io
import math
from collections.abc import Iterator

import pandas as pd
import xlsxwriter

from pipelines.release import tables_io
from schemas.datapackage import AUTHORS, DATASET_TITLE
from schemas.metadata import Table, load_tables

CELL_LIMIT = 32_767
CHUNK = 32_000  # below the limit, so characters outside the BMP (two UTF-16 units) still fit
LONG_SHEET = "long_texts"
_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}
_WIDTHS = {"string": 24, "integer": 10, "number": 14, "date": 12}


def _null(v) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


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
        if _null(value):
            return
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

    def table_sheet(self, table: Table, df: pd.DataFrame) -> int:
        ws = self.wb.add_worksheet(table.name)
        pk = table.primary_key[0]
        before = len(self.long_rows)
        for c, f in enumerate(table.fields):
            ws.write_string(0, c, f.name, self.fmt["header"])
            ws.set_column(c, c, _WIDTHS[f.type])
        columns = [(c, f, [None if _null(v) else v for v in df[f.name].tolist()]) for c, f in enumerate(table.fields)]
        keys = df[pk].tolist()
        # row by row (constant_memory writes each row out when the next one starts)
        for i in range(len(df)):
            for c, f, values in columns:
                value = values[i]
                if value is None:
                    continue
                if f.type == "string" and len(value) <= CHUNK:
                    ws.write_string(i + 1, c, value, self.fmt["text"])
                else:
                    self.cell(ws, i + 1, c, value, f.type, (table.name, str(keys[i]), f.name))
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(df), 1), len(table.fields) - 1)
        ws.ignore_errors({"number_stored_as_text": "A1:XFD1048576"})
        return len(self.long_rows) - before


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


def workbook_bytes(frames: dict[str, pd.DataFrame], version: str, build_date: dt.date) -> bytes:
    """The workbook for {table: canonical DataFrame} of release `version`: README sheet, one sheet
    per table in schema order, and `long_texts` when a text had to be split. Deterministic bytes."""
    return _workbook(((n, frames[n]) for n in load_tables() if n in frames), version, build_date)


def workbook_from_parquet(files: dict[str, bytes], version: str, build_date: dt.date) -> bytes:
    """`workbook_bytes` for the release's `parquet/<table>.parquet` files {path: bytes}, read one
    table at a time as its sheet is written (same cells), so only one table is in memory at once."""
    tables = (
        (n, tables_io.read_parquet_bytes(files[f"parquet/{n}.parquet"], n))
        for n in load_tables()
        if f"parquet/{n}.parquet" in files
    )
    return _workbook(tables, version, build_date)


def _workbook(tables: Iterator[tuple[str, pd.DataFrame]], version: str, build_date: dt.date) -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, _OPTIONS)
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
    for name, df in tables:
        counts[name] = len(df)
        split[name] = writer.table_sheet(meta[name], df.reset_index(drop=True))
        del df  # before the next table is read
    _readme(readme, writer.fmt, version, counts, split)
    if writer.long_rows:
        _long_sheet(wb, writer.fmt, writer.long_rows)
    wb.close()
    return buf.getvalue()
