"""Sample tables as the release writes them, and awkward ones for the workbook's edge cases."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipelines.release import tables_io
from tests.helpers.sample_tables import sample_tables

DAY = dt.date(2026, 11, 22)


def canonical(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Return each table in its canonical dtypes, sorted by its primary key (as published)."""
    return {n: tables_io.sort_by_primary_key(tables_io.canonical_frame(df, n), n) for n, df in tables.items()}


def tricky_tables() -> dict[str, pd.DataFrame]:
    """Return the canonical sample tables with a text over Excel's cell limit, a formula-like
    title and labels a spreadsheet would read as numbers or formulas ("- tốc độ tăng trưởng",
    "+84", "0012")."""
    tables = canonical(sample_tables())
    art = tables["articles"].copy()
    art.loc[0, "text"] = "Hà Nội, Trà Vinh. " + "Phấn đấu tăng trưởng GRDP 7,5%. " * 2500  # > 32,767 characters
    art.loc[1, "title"] = "=SUM(A1:A3)"
    tables["articles"] = art
    ind = tables["indicators"].copy()
    ind.loc[0, "label_vi"] = "- tốc độ tăng trưởng"
    ind.loc[1, "label_vi"] = "+84"
    ind.loc[2, "label_vi"] = "0012"
    tables["indicators"] = ind
    return tables
