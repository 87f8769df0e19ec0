"""A release's tables read from their Parquet files when asked, one table at a time.

The build hands publishing the eight tables as the release's own Parquet files (``assets.io_managers``);
publishing then reads a table only while it works on it (its CSV file, its CHANGELOG diff, the
page's counts), so that at N = 10,000 articles the step never holds the eight tables as
DataFrames at once. ``select`` reads only the columns a caller needs (a primary key, the province
codes), without the articles' texts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.release.tables_io import read_parquet_bytes


class ParquetTables(Mapping[str, pd.DataFrame]):
    """{table: canonical DataFrame} over {table: Parquet bytes}; the last table read is kept until
    another one is asked for.

    >>> from pipelines.release.tables_io import parquet_bytes
    >>> from schemas.metadata import load_tables
    >>> empty = pd.DataFrame({c: [] for c in load_tables()["bodies"].columns})
    >>> t = ParquetTables({"bodies": parquet_bytes(empty, "bodies")})
    >>> len(t["bodies"]), t.row_count("bodies")
    (0, 0)
    """

    def __init__(self, files: Mapping[str, bytes]):
        self._files = dict(files)
        self._last: tuple[str, pd.DataFrame] | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        if self._last is None or self._last[0] != name:
            self._last = None  # the table before goes first
            self._last = (name, read_parquet_bytes(self._files[name], name))
        return self._last[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)

    def file(self, name: str) -> bytes:
        """The table's Parquet file."""
        return self._files[name]

    def row_count(self, name: str) -> int:
        """The table's rows, from its file's footer."""
        return pq.ParquetFile(pa.BufferReader(self._files[name])).metadata.num_rows

    def select(self, name: str, columns: list[str]) -> pd.DataFrame:
        """Only `columns` of the table (canonical values)."""
        if self._last is not None and self._last[0] == name:
            return self._last[1][columns]
        return read_parquet_bytes(self._files[name], name, columns)


def row_counts(tables: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """{table: rows} of DataFrames or of ``ParquetTables`` (without reading the files' rows)."""
    if isinstance(tables, ParquetTables):
        return {name: tables.row_count(name) for name in tables}
    return {name: len(df) for name, df in tables.items()}


def select(tables: Mapping[str, pd.DataFrame], name: str, columns: list[str]) -> pd.DataFrame:
    """Only `columns` of table `name`, of DataFrames or of ``ParquetTables``."""
    if isinstance(tables, ParquetTables):
        return tables.select(name, columns)
    return tables[name][columns]
