"""Plain rows rendered at once give the same workbook bytes as xlsxwriter's per-cell methods."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pipelines.release import tables_io, workbook
from pipelines.release.sheet_rows import awkward_texts
from tests.helpers.release_tables import DAY, tricky_tables

AWKWARD = [
    " khoảng trắng đầu",
    "khoảng trắng cuối\n",
    "ký tự điều khiển \x01 & <b>",
    "_x0041_ viết sẵn",
    "<r>không phải rich text</r>",
    "\u00a0không ngắt",
]


def awkward_tables():
    """The tricky tables with awkward texts in rows spread over the provinces' sheet."""
    tables = tricky_tables()
    prov = tables["provinces"].copy()
    for i, text in enumerate([*AWKWARD, "a & b < c > d \" '"]):
        prov.loc[5 * i + 2, "name_ascii"] = text
    tables["provinces"] = prov
    return tables


def every_row_slow(monkeypatch):
    monkeypatch.setattr(workbook, "slow_rows", lambda kinds, columns, limit, last: list(range(len(columns[0]))))


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_texts(text):
    assert awkward_texts(pa.array([text]), 1000).to_pylist() == [True]


def test_plain_texts():
    texts = pa.array(["Tăng trưởng GRDP 7,5% & <hơn>", "", None, "dài" * 40])
    assert awkward_texts(texts, 100).to_pylist() == [False, False, False, True]


def test_same_bytes_as_writing_every_cell_with_xlsxwriter(monkeypatch):
    tables = awkward_tables()
    fast = workbook.workbook_bytes(tables, "v2026.11.22", DAY)
    every_row_slow(monkeypatch)
    assert fast == workbook.workbook_bytes(tables, "v2026.11.22", DAY)


def test_same_bytes_when_the_parquet_is_read_in_small_batches(monkeypatch):
    # runs of plain rows cut by batch ends, awkward rows and the last row of each table
    tables = awkward_tables()
    expected = workbook.workbook_bytes(tables, "v2026.11.22", DAY)
    parquet = {f"parquet/{n}.parquet": tables_io.parquet_bytes(df, n) for n, df in tables.items()}
    for size in (1, 2, 3):
        monkeypatch.setattr(workbook, "BATCH_ROWS", size)
        assert workbook.workbook_from_parquet(parquet, "v2026.11.22", DAY) == expected


def test_wide_rows_are_read_in_fewer_rows_a_batch(monkeypatch):
    # the articles' texts: a batch holds about BATCH_BYTES of values, not BATCH_ROWS rows
    tables = awkward_tables()
    data = tables_io.parquet_bytes(tables["articles"], "articles")
    meta = workbook.load_tables()["articles"]
    whole = [len(b[0]) for b in workbook._parquet_batches(meta, pa.BufferReader(data))]
    monkeypatch.setattr(workbook, "BATCH_BYTES", 1)
    assert [len(b[0]) for b in workbook._parquet_batches(meta, pa.BufferReader(data))] == [1] * sum(whole)
