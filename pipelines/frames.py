"""Row dicts -> typed DataFrames in the contract's column order, sorted by primary key."""

from __future__ import annotations

import pandas as pd

from schemas.metadata import load_tables


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Build the ``table`` frame from ``rows`` (missing columns become null), sorted by key.

    Integers become ``Int64``, numbers ``float64``, strings and dates ``object``, as
    ``schemas.pandera_models`` requires.
    """
    spec = load_tables()[table]
    data = {}
    for f in spec.fields:
        values = [r.get(f.name) for r in rows]
        if f.type == "integer":
            data[f.name] = pd.array([None if v is None or v != v else int(v) for v in values], dtype="Int64")
        elif f.type == "number":
            data[f.name] = pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")
        else:
            data[f.name] = pd.Series(values, dtype="object")
    df = pd.DataFrame(data, columns=spec.columns)
    if len(df):
        df = df.sort_values(list(spec.primary_key), kind="stable").reset_index(drop=True)
    return df
