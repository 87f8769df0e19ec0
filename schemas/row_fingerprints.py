"""A 64-bit fingerprint of each row of a table frame: its values, their types and its nulls.

Rows with equal fingerprints hold the same values of the same Python types in the same columns,
so a row-level check that one passed the other passes too (``pipelines.checked_rows``). Columns
of strings are hashed by pandas in C; a column holding anything else (dates, a stray number) is
hashed through ``type:repr`` of each value, so ``"5"`` and ``5``, ``"2024-01-01"`` and a date
differ. pandas hashes a null apart from every value (a null and the string ``"None"``, ``<NA>``
and ``0``: the tests hold it to that). Two different rows share a fingerprint with a chance of
about one in 2**64 per pair.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_KEY = "plandata-rows-a1"  # a 16-character pandas hash key


def _typed(col: pd.Series) -> pd.Series | None:
    """``type:repr`` of each value of an object column holding anything but strings, else None."""
    if col.dtype != object or pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty"):
        return None
    return col.map(lambda v: f"{type(v).__name__}:{v!r}")


def row_fingerprints(df: pd.DataFrame) -> np.ndarray:
    """One uint64 per row of ``df``, in order.

    >>> a = pd.DataFrame({"unit": ["percent", None], "value": [7.5, 7.5]})
    >>> b = pd.DataFrame({"unit": ["percent", "None"], "value": [7.5, 7.5]})
    >>> fa, fb = row_fingerprints(a), row_fingerprints(b)
    >>> bool(fa[0] == fb[0]), bool(fa[1] == fb[1])
    (True, False)
    >>> n = pd.DataFrame({"n": pd.array([0, None], dtype="Int64")})
    >>> len(set(row_fingerprints(n).tolist()))
    2
    """
    if df.empty:
        return np.zeros(0, dtype=np.uint64)
    typed = {c: t for c in df.columns if (t := _typed(df[c])) is not None}
    frame = df.assign(**typed) if typed else df  # hashed as the frame's own columns otherwise
    return pd.util.hash_pandas_object(frame, index=False, hash_key=_KEY).to_numpy()
