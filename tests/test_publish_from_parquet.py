"""Publishing from the tables' Parquet files (what the build does, ``assets.io_managers``) gives
the release that publishing the same tables as DataFrames gives, reading one table at a time."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from pipelines.release import tables_io
from pipelines.release.parquet_tables import ParquetTables, row_counts, select
from pipelines.release.publish import publish_parquet, publish_release
from pipelines.steps import TABLES
from tests.helpers.sample_tables import sample_tables


@pytest.fixture(scope="module")
def seed_files(seed_build) -> dict[str, bytes]:
    """The seed tables as the build's IO manager keeps them."""
    out = {}
    for name in TABLES:
        df = tables_io.sort_by_primary_key(tables_io.canonical_frame(seed_build.tables[name], name), name)
        out[name] = tables_io.parquet_bytes(df, name)
    return out


def test_csv_from_the_parquet_file_is_the_csv_of_the_frame(seed_build, seed_files, monkeypatch):
    monkeypatch.setattr(tables_io, "CSV_ROWS", 7)  # several batches, and a short last one
    for name in TABLES:
        frame = tables_io.sort_by_primary_key(tables_io.canonical_frame(seed_build.tables[name], name), name)
        assert b"".join(tables_io.csv_chunks_from_parquet(seed_files[name], name)) == tables_io.csv_bytes(frame, name)


def test_csv_from_the_parquet_file_keeps_tricky_cells(monkeypatch):
    # quotes, line breaks and empty texts; numbers Arrow would write otherwise (50.0, -0.0,
    # 1e+22); null dates and numbers; a batch holding only nulls in a column
    monkeypatch.setattr(tables_io, "CSV_ROWS", 2)
    tables = sample_tables()
    ind = tables["indicators"].copy()
    ind["label_vi"] = ['tỷ lệ "hộ nghèo"', "dòng một\ndòng hai", ""]
    ind["value_low"] = [50.0, -0.0, 1e22]
    ind["value_high"] = [4_500_000_000.0, None, None]
    tables["indicators"] = ind
    for name, df in tables.items():
        frame = tables_io.sort_by_primary_key(tables_io.canonical_frame(df, name), name)
        data = tables_io.parquet_bytes(frame, name)
        assert b"".join(tables_io.csv_chunks_from_parquet(data, name)) == tables_io.csv_bytes(frame, name), name


def test_parquet_tables_read_a_table_when_asked_and_keep_only_the_last(seed_build, seed_files):
    tables = ParquetTables(seed_files)
    assert list(tables) == list(TABLES)
    assert row_counts(tables) == {n: len(seed_build.tables[n]) for n in TABLES}
    indicators = tables["indicators"]
    assert tables["indicators"] is indicators  # the last table is kept
    assert tables["articles"] is not None and tables["indicators"] is not indicators  # one at a time
    codes = select(tables, "articles", ["article_id", "province_code"])
    assert list(codes.columns) == ["article_id", "province_code"] and len(codes) == len(seed_build.tables["articles"])
    pd.testing.assert_frame_equal(
        tables["bodies"],
        tables_io.sort_by_primary_key(tables_io.canonical_frame(seed_build.tables["bodies"], "bodies"), "bodies"),
    )


def test_publishing_the_files_gives_the_release_of_the_frames(seed_build, seed_files, tmp_path):
    kw = dict(
        build_date=dt.date(2026, 12, 5),
        input_hashes={"articles/a.txt": "0" * 64},
        checks=["all"],
        rejected_inputs=[],
        code_version="test",
    )
    a = publish_release(seed_build.tables, tmp_path / "a", checked=True, **kw)
    b = publish_parquet(seed_files, tmp_path / "b", **kw)
    assert (a.version, a.published, b.published) == (b.version, True, True)
    files_a = {p.relative_to(a.path): p.read_bytes() for p in sorted(a.path.rglob("*")) if p.is_file()}
    files_b = {p.relative_to(b.path): p.read_bytes() for p in sorted(b.path.rglob("*")) if p.is_file()}
    assert files_a.keys() == files_b.keys() and [k for k in files_a if files_a[k] != files_b[k]] == []


def test_publishing_files_wants_every_table(seed_files, tmp_path):
    with pytest.raises(ValueError, match="need exactly the tables"):
        publish_parquet(
            {n: b for n, b in seed_files.items() if n != "bodies"},
            tmp_path,
            build_date=dt.date(2026, 12, 5),
            input_hashes={},
            checks=[],
            rejected_inputs=[],
        )
