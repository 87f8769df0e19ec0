"""Which rows passed their table's row-level checks in an earlier build, kept beside the cache.

``core_tables`` checks every table with its pandera model. Row by row, most of a rebuilt
table is what the last build checked already (adding one article to 10,000 changes a few dozen
rows), so the rows' fingerprints (``schemas.row_fingerprints``) that passed are kept in
``<cache>/checked-rows/<table>-<key>.npy`` and only the other rows are checked row by row
(``schemas.failures.validate_changed_rows``); the checks across rows still see every row. The
key is a digest of ``schemas/`` (models, checks, metadata), the table's columns and dtypes and
the pandera and pandas versions: a change to any of them starts afresh. ``CheckedRows(None)``
remembers nothing (every row is checked).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pandera

from pipelines.cache import REPO_ROOT, tree_digest

FOLDER = "checked-rows"


def _key(table: str, df: pd.DataFrame) -> str:
    parts = [tree_digest(REPO_ROOT / "schemas"), table, repr([(str(c), str(t)) for c, t in df.dtypes.items()])]
    parts += [pandera.__version__, pd.__version__]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


class CheckedRows:
    """Fingerprints of rows that passed their table's row-level checks, per table, in ``folder``."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def _path(self, table: str, df: pd.DataFrame) -> Path | None:
        return None if self.folder is None else self.folder / FOLDER / f"{table}-{_key(table, df)}.npy"

    def known(self, table: str, df: pd.DataFrame) -> np.ndarray:
        """The fingerprints remembered for ``table`` with ``df``'s columns (none when unknown)."""
        path = self._path(table, df)
        try:
            prints = np.load(path) if path is not None else None
        except (OSError, ValueError):
            return _NONE
        if prints is None or prints.dtype != np.uint64 or prints.ndim != 1:
            return _NONE
        return prints

    def remember(self, table: str, df: pd.DataFrame, passing: np.ndarray) -> None:
        """Keep ``passing`` as the table's fingerprints (written aside, then renamed)."""
        path = self._path(table, df)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.tmp-{os.getpid()}.npy")
        np.save(tmp, np.asarray(passing, dtype=np.uint64))
        os.replace(tmp, path)


_NONE = np.zeros(0, dtype=np.uint64)
