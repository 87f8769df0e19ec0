"""Deterministic Parquet and CSV serialisation of the release tables, and reading them back.

Frames are first normalised to the canonical representation (see schemas.pandera_models):
contract column order, str/None in object columns, Int64 integers, float64 numbers,
datetime.date/None dates, a fresh RangeIndex. Same frame -> same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema
from schemas.metadata import Table, load_tables

CSV_ROWS = 2_000  # rows made into CSV text at once
PARQUET_OPTIONS = {"compression": "snappy", "version": "2.6", "use_dictionary": True, "write_statistics": True}


def _table(table: str | Table) -> Table:
    return load_tables()[table] if isinstance(table, str) else table


def _null(v) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _as_str(v):
    if _null(v):
        return None
    if not isinstance(v, str):
        raise TypeError(f"expected str, got {type(v).__name__}: {v!r}")
    return v


def _as_date(v):
    if _null(v):
        return None
    if isinstance(v, dt.datetime):  # includes pd.Timestamp
        return v.date()
    if isinstance(v, dt.date):
        return v
    raise TypeError(f"expected datetime.date, got {type(v).__name__}: {v!r}")


def _numbers(values: pd.Series) -> list:
    out = []
    for v in values.tolist():
        if _null(v):
            out.append(None)
        elif isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, float, np.integer, np.floating)):
            raise TypeError(f"expected a number, got {type(v).__name__}: {v!r}")
        else:
            out.append(v)
    return out


def _fast_column(values: pd.Series, ftype: str) -> pd.Series | None:
    """`canonical_column` for a column that already holds what its type needs (str or date
    objects with nulls, Int64/int64 integers, float64 numbers), in C loops; None otherwise (the
    caller then takes the value-by-value path, which also names a bad value)."""
    if ftype in ("string", "date"):
        if values.dtype != object or infer_dtype(values, skipna=True) not in (ftype, "empty"):
            return None
        arr = values.to_numpy(dtype=object, copy=True)
        nulls = pd.isna(arr)
        if nulls.any():
            if not all(_null(v) for v in arr[nulls]):
                return None
            arr[nulls] = None
        return pd.Series(arr, dtype="object", index=values.index)
    if ftype == "integer" and (isinstance(values.dtype, pd.Int64Dtype) or values.dtype == np.int64):
        return pd.Series(values.astype("Int64", copy=True).array, index=values.index)
    if ftype == "number" and values.dtype == np.float64:
        return pd.Series(values.to_numpy(dtype="float64", copy=True), index=values.index)
    return None


def canonical_column(values: pd.Series, ftype: str) -> pd.Series:
    """One column -> its canonical dtype for metadata type `ftype` (raises TypeError/ValueError on
    values that do not fit; never rounds a non-integral number to an integer)."""
    fast = _fast_column(values, ftype)
    if fast is not None:
        return fast
    if ftype == "string":
        return pd.Series([_as_str(v) for v in values], dtype="object", index=values.index)
    if ftype == "date":
        return pd.Series([_as_date(v) for v in values], dtype="object", index=values.index)
    if ftype == "integer":
        return pd.Series(pd.array(_numbers(values), dtype="Int64"), index=values.index)
    if ftype == "number":
        arr = pd.array(_numbers(values), dtype="Float64").to_numpy(dtype="float64", na_value=np.nan)
        return pd.Series(arr, index=values.index)
    raise ValueError(f"unknown type {ftype!r}")


def canonical_frame(df: pd.DataFrame, table: str | Table) -> pd.DataFrame:
    """`df` with exactly the table's columns, in contract order, canonical dtypes and a RangeIndex."""
    t = _table(table)
    missing = [c for c in t.columns if c not in df.columns]
    extra = [c for c in df.columns if c not in t.columns]
    if missing or extra:
        raise ValueError(f"{t.name}: missing columns {missing}, unexpected columns {extra}")
    df = df.reset_index(drop=True)
    return pd.DataFrame({f.name: canonical_column(df[f.name], f.type) for f in t.fields}, index=df.index)


def sort_by_primary_key(df: pd.DataFrame, table: str | Table) -> pd.DataFrame:
    """Rows sorted by primary key (code-point order, stable), index reset."""
    t = _table(table)
    return df.sort_values(list(t.primary_key), kind="mergesort").reset_index(drop=True)


def parquet_bytes(df: pd.DataFrame, table: str | Table) -> bytes:
    """The Parquet file for `df` as bytes: derived arrow schema (descriptions, nullability) plus
    pandas metadata, so `pd.read_parquet` gives back Int64 / date objects."""
    t = _table(table)
    arrow = pa.Table.from_pandas(canonical_frame(df, t), schema=arrow_schema(t), preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(arrow, buf, **PARQUET_OPTIONS)
    return buf.getvalue()


def csv_column(values: pd.Series, ftype: str) -> list[str]:
    """The CSV cells of one canonical column (nulls: None, pd.NA or NaN -> empty)."""
    items = values.tolist()
    if ftype == "string":
        return ["" if v is None else '"' + v.replace('"', '""') + '"' for v in items]
    if ftype == "integer":
        return ["" if v is None or v is pd.NA else str(int(v)) for v in items]
    if ftype == "number":
        # shortest round-tripping form: 7.5, 50.0, 4500000000.0
        return ["" if v is None or v != v else repr(float(v)) for v in items]
    return ["" if v is None else v.isoformat() for v in items]


def csv_cells(df: pd.DataFrame, table: str | Table) -> list[tuple[str, ...]]:
    """The CSV cells (quoted as written) of each row of the canonical frame, in row order."""
    t = _table(table)
    canon = canonical_frame(df, t)
    return list(zip(*(csv_column(canon[f.name], f.type) for f in t.fields)))


def csv_chunks(df: pd.DataFrame, table: str | Table) -> Iterator[bytes]:
    """The CSV file for `df` in pieces: the header, then CSV_ROWS rows at a time (see
    `csv_bytes`), so the text of a table is never held in several forms at once."""
    t = _table(table)
    canon = canonical_frame(df, t)
    yield (",".join(t.columns) + "\n").encode("utf-8")
    for start in range(0, len(canon), CSV_ROWS):
        yield _csv_rows(canon.iloc[start : start + CSV_ROWS], t)


def csv_chunks_from_parquet(data: bytes, table: str | Table) -> Iterator[bytes]:
    """`csv_chunks` for a table given as its Parquet file (`parquet_bytes`' output): the same
    bytes, read CSV_ROWS rows at a time, so the whole table is never a DataFrame. The cells are
    made by Arrow's kernels (``_arrow_cells``), numbers by ``repr`` as `csv_column` makes them."""
    t = _table(table)
    yield (",".join(t.columns) + "\n").encode("utf-8")
    for batch in pq.ParquetFile(pa.BufferReader(data)).iter_batches(batch_size=CSV_ROWS, columns=t.columns):
        cells = [_arrow_cells(batch.column(f.name), f.type) for f in t.fields]
        lines = pc.binary_join_element_wise(*cells, ",") if len(cells) > 1 else cells[0]
        yield _concatenated(pc.binary_join_element_wise(lines, pa.scalar("\n"), ""))


def _concatenated(strings: pa.Array) -> bytes:
    """The UTF-8 bytes of a string array without nulls, one value after another: the slice of
    its data buffer its offsets span."""
    offsets = np.frombuffer(strings.buffers()[1], dtype=np.int32)
    first, last = offsets[strings.offset], offsets[strings.offset + len(strings)]
    data = strings.buffers()[2]
    return data[first:last].to_pybytes() if data is not None else b""


def _arrow_cells(values: pa.Array, ftype: str) -> pa.Array:
    """The CSV cells of one column of a release Parquet file, as `csv_column` writes them: text
    quoted (inner quotes doubled), integers and dates as Arrow casts them to text (``2025``,
    ``2025-12-31``), numbers by Python's ``repr`` (``50.0``: Arrow would write ``50``), nulls
    empty."""
    if ftype == "number":
        return pa.array(["" if v is None or v != v else repr(v) for v in values.to_pylist()], pa.string())
    if ftype == "string":
        escaped = pc.replace_substring(values, '"', '""')
        text = pc.binary_join_element_wise(pa.scalar('"'), escaped, pa.scalar('"'), "")
    else:
        text = pc.cast(values, pa.string())
    return pc.fill_null(text, "")


def _csv_rows(canon: pd.DataFrame, t: Table) -> bytes:
    """The CSV lines of rows of a canonical frame."""
    cells = zip(*(csv_column(canon[f.name], f.type) for f in t.fields))
    return "".join(",".join(row) + "\n" for row in cells).encode("utf-8")


def csv_bytes(df: pd.DataFrame, table: str | Table) -> bytes:
    """The CSV file for `df` as bytes: UTF-8, header, LF, strings always quoted, nulls empty."""
    return b"".join(csv_chunks(df, table))


def write_parquet(df: pd.DataFrame, table: str | Table, path: Path) -> None:
    """Write `df` as the Parquet file of `table` at `path` (deterministic bytes)."""
    Path(path).write_bytes(parquet_bytes(df, table))


def write_csv(df: pd.DataFrame, table: str | Table, path: Path) -> None:
    """Write `df` as the CSV file of `table` at `path` (deterministic bytes)."""
    Path(path).write_bytes(csv_bytes(df, table))


def read_release_table(release_dir: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read `release_dir/parquet/<table>.parquet` (only `columns`, when given) into a DataFrame
    with canonical dtypes for the columns the current schema knows (other columns, from older
    schema versions, as stored)."""
    return _canonical_read(Path(release_dir) / "parquet" / f"{table}.parquet", table, columns)


def read_parquet_bytes(data: bytes, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """`read_release_table` for a Parquet file held in memory (`parquet_bytes`' output); the
    bytes are read in place, not copied."""
    return _canonical_read(pa.BufferReader(data), table, columns)


def parquet_rows(path: Path) -> int:
    """The row count of a Parquet file, from its footer (no column is read)."""
    return pq.ParquetFile(path).metadata.num_rows


def _canonical_read(source: Path | pa.BufferReader, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    df = pq.read_table(source, columns=columns).to_pandas()
    t = load_tables().get(table)
    if t is not None:
        for f in t.fields:
            if f.name in df.columns:
                df[f.name] = canonical_column(df[f.name], f.type)
    return df
