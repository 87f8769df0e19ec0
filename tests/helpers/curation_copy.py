"""A copy of the project's curated tables with one table's rows edited, for tests of what a
curator's edit does to the load or the extraction."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

from pipelines import config

RAW = config.REPO_ROOT / "raw"


def curation_with(tmp_path: Path, table: str, edit: Callable[[dict], dict]) -> Path:
    """``tmp_path/curation``: the curated tables, the rows of ``table`` passed through ``edit``
    (a row as a dict of its cells -> the row to write).

    Example: ``curation_with(tmp, "units.csv", lambda r: {**r, "currency": ""})``.
    """
    cur = tmp_path / "curation"
    shutil.copytree(RAW / "curation", cur)
    path = cur / table
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        out.writeheader()
        out.writerows(edit(r) for r in rows)
    return cur
