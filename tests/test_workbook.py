"""The release workbook: one typed sheet per table, no formulas, long texts split with a note."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib

import openpyxl
import xlsxwriter.workbook

from pipelines.release import tables_io
from pipelines.release.workbook import CELL_LIMIT, DEFLATE_LEVEL, LONG_SHEET, workbook_bytes, workbook_from_parquet
from schemas.metadata import load_tables
from tests.helpers.release_tables import DAY, canonical, tricky_tables
from tests.helpers.sample_tables import sample_tables


def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_one_sheet_per_table_with_header_and_rows():
    tables = canonical(sample_tables())
    wb = load(workbook_bytes(tables, "v2026.11.22", DAY))
    assert wb.sheetnames == ["README"] + list(load_tables())
    for name, df in tables.items():
        ws = wb[name]
        assert [c.value for c in ws[1]] == list(df.columns)
        assert ws.max_row == len(df) + 1


def test_cells_are_typed():
    tables = canonical(sample_tables())
    wb = load(workbook_bytes(tables, "v2026.11.22", DAY))
    prov = wb["provinces"]
    assert prov["A2"].value == "01" and prov["A2"].data_type == "s"  # leading zero kept, text
    assert prov["B2"].value == "Hà Nội"
    ind = wb["indicators"]
    cols = [c.value for c in ind[1]]
    row = {c: ind.cell(2, i + 1).value for i, c in enumerate(cols)}
    first = tables["indicators"].iloc[0]
    assert row["value_low"] == first["value_low"] and ind.cell(2, cols.index("value_low") + 1).data_type == "n"
    assert isinstance(row["target_year"], int) and row["target_year"] == first["target_year"]
    assert row["quote"] == first["quote"]
    assert row["province_code"] == first["province_code"]
    asg = wb["assignments"]
    dates = [c.value for c in asg["I"][1:] if c.value is not None]
    assert dates and all(isinstance(d, dt.datetime) for d in dates)
    assert asg["I"][1].number_format == "yyyy-mm-dd"


def test_no_formulas_and_no_numbers_from_text():
    wb = load(workbook_bytes(tricky_tables(), "v2026.11.22", DAY))
    arts = wb["articles"]
    titles = [c.value for c in arts["B"][1:]]
    assert "=SUM(A1:A3)" in titles
    assert all(c.data_type == "s" for c in arts["B"][1:])
    labels = [(c.value, c.data_type) for c in wb["indicators"]["G"][1:]]
    assert ("- tốc độ tăng trưởng", "s") in labels and ("+84", "s") in labels and ("0012", "s") in labels


def test_long_text_is_split_with_a_note_never_cut():
    tables = tricky_tables()
    full = tables["articles"].loc[0, "text"]
    assert len(full) > CELL_LIMIT
    wb = load(workbook_bytes(tables, "v2026.11.22", DAY))
    cell = wb["articles"]["G2"]
    assert len(cell.value) <= CELL_LIMIT and full.startswith(cell.value)
    assert cell.comment is not None and LONG_SHEET in cell.comment.text and "part 1 of" in cell.comment.text
    parts = [r for r in wb[LONG_SHEET].iter_rows(min_row=2, values_only=True)]
    assert {(t, k, c) for t, k, c, *_ in parts} == {("articles", tables["articles"].loc[0, "article_id"], "text")}
    assert "".join(p[5] for p in sorted(parts, key=lambda p: p[3])) == full
    readme = " ".join(str(c.value) for row in wb["README"].iter_rows() for c in row if c.value is not None)
    assert LONG_SHEET in readme and "32,767" in readme


def test_same_tables_same_bytes():
    tables = tricky_tables()
    assert workbook_bytes(tables, "v2026.11.22", DAY) == workbook_bytes(tables, "v2026.11.22", DAY)
    wb = load(workbook_bytes(tables, "v2026.11.22", DAY))
    assert wb.properties.created == dt.datetime(2026, 11, 22)


def test_workbook_from_the_parquet_files_is_the_same_workbook():
    # publishing writes the workbook from the release's Parquet bytes, one table at a time
    tables = tricky_tables()
    parquet = {f"parquet/{n}.parquet": tables_io.parquet_bytes(df, n) for n, df in tables.items()}
    assert workbook_from_parquet(parquet, "v2026.11.22", DAY) == workbook_bytes(tables, "v2026.11.22", DAY)


def _raw_member(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """A zip member's compressed bytes, as stored after its local header."""
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    return data[start : start + info.compress_size]


def test_sheets_are_deflated_at_the_chosen_level():
    # xlsxwriter has no option for the level: a library upgrade that ignores ours fails here
    data = workbook_bytes(tricky_tables(), "v2026.11.22", DAY)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("xl/worksheets/sheet3.xml")  # the articles sheet
        plain = zf.read(info)
    ours = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15)
    default = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert _raw_member(data, info) == ours.compress(plain) + ours.flush()
    assert _raw_member(data, info) != default.compress(plain) + default.flush()
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile  # restored after the workbook closed
