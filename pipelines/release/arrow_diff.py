"""The CHANGELOG diff of one table given as two Parquet files of one schema, computed in Arrow.

``changelog.diff_table`` compares two DataFrames cell by cell in Python: at N = 10,000 articles
the eight tables take 2 s of CPU, on the publishing step's critical path, even when one article
was added. Two release files of the same schema hold the same Arrow types, and a value of a
canonical type has exactly one CSV cell, so equal values are equal cells. Steps:

1. the primary keys of both files, joined with ``|`` as ``diff_table`` joins them;
2. added and removed keys, and the row pairs of the keys in both (``pyarrow.compute``);
3. per column (one column of each file read at a time), the pairs whose values differ: equal
   values, or both null; numbers compared bit for bit, as their CSV cells are (``-0.0`` is not
   ``0.0``);
4. only the differing cells rendered as CSV, by ``tables_io.csv_column`` as ``diff_table`` does.

Files whose schemas differ (a release of an older schema) are left to ``diff_table``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.release.changelog import TableDiff
from pipelines.release.tables_io import csv_column
from schemas.metadata import Table, load_tables


PAIRS_AT_ONCE = 2_000  # row pairs compared at once (copies of two columns' slices)


def _file(source: bytes | Path) -> pq.ParquetFile:
    return pq.ParquetFile(pa.BufferReader(source) if isinstance(source, bytes) else source)


def _column(f: pq.ParquetFile, name: str) -> pa.Array:
    return f.read(columns=[name]).column(0).combine_chunks()


def _keys(f: pq.ParquetFile, t: Table) -> pa.Array:
    """Each row's primary key as text, composite keys joined with ``|`` (``2025`` for an
    integer, ``2025-12-31`` for a date, as ``str`` gives them)."""
    parts = [pc.cast(_column(f, k), pa.string()) for k in t.primary_key]
    return parts[0] if len(parts) == 1 else pc.binary_join_element_wise(*parts, "|")


def _differ(a: pa.Array, b: pa.Array) -> np.ndarray:
    """Where two aligned arrays hold different values (a null differs from a value only)."""
    a_null = a.is_null().to_numpy(zero_copy_only=False)
    b_null = b.is_null().to_numpy(zero_copy_only=False)
    if pa.types.is_floating(a.type):
        x = a.fill_null(0.0).to_numpy(zero_copy_only=False).view(np.int64)
        y = b.fill_null(0.0).to_numpy(zero_copy_only=False).view(np.int64)
        unequal = x != y
    else:
        unequal = ~pc.fill_null(pc.equal(a, b), True).to_numpy(zero_copy_only=False)
    return (a_null != b_null) | (unequal & ~a_null & ~b_null)


def _cells(values: pa.Array, ftype: str) -> list[str]:
    return csv_column(pd.Series(values.to_pylist(), dtype=object), ftype)


def diff_parquet(old: bytes | Path, new: bytes | Path, table: str) -> TableDiff | None:
    """``changelog.diff_table`` of two Parquet files of `table` (bytes or paths), the same
    TableDiff; None when the files' schemas differ (then use ``diff_table``)."""
    t = load_tables()[table]
    before, after = _file(old), _file(new)
    schema = after.schema_arrow
    if not before.schema_arrow.equals(schema, check_metadata=False) or schema.names != list(t.columns):
        return None
    old_keys, new_keys = _keys(before, t), _keys(after, t)
    where = pc.index_in(new_keys, value_set=old_keys)
    common = pc.is_valid(where)
    new_rows, old_rows = pc.indices_nonzero(common), where.filter(common)
    keys = new_keys.take(new_rows).to_pylist()
    values: dict[str, list[tuple[str, str, str]]] = {}
    for f in t.fields:
        old_column, new_column = _column(before, f.name), _column(after, f.name)
        for start in range(0, len(keys), PAIRS_AT_ONCE):  # the articles' texts: a slice at a time
            a = old_column.take(old_rows.slice(start, PAIRS_AT_ONCE))
            b = new_column.take(new_rows.slice(start, PAIRS_AT_ONCE))
            rows = np.flatnonzero(_differ(a, b))
            if len(rows):
                take = pa.array(rows)
                pairs = zip(_cells(a.take(take), f.type), _cells(b.take(take), f.type))
                for i, (x, y) in zip(rows.tolist(), pairs):
                    values.setdefault(keys[start + i], []).append((f.name, x, y))
    changed = tuple(sorted(values))
    added = new_keys.filter(pc.invert(common)).to_pylist()
    removed = old_keys.filter(pc.invert(pc.is_in(old_keys, value_set=new_keys))).to_pylist()
    return TableDiff(
        table=table,
        added=tuple(sorted(added)),
        removed=tuple(sorted(removed)),
        changed=changed,
        rows=after.metadata.num_rows,
        changed_columns={k: tuple(c for c, _, _ in values[k]) for k in changed},
        changed_values={k: tuple(values[k]) for k in changed},
    )
