"""Failed checks as lines a person can act on: table, row id, column, value and rule.

A check that fails (a pandera model, a foreign key, a quote that is not its span) becomes a list
of ``Failure`` records; ``format_failures`` prints one line each, e.g.::

    documents | row 80-qd-ubnd-4192-2024 (article longan-2024-qd4192) | column document_id | value '80-qd-ubnd-4192-2024' | rule field_uniqueness

The build prints them at the end of a run (the closing summary), not only in Dagster metadata.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
import pandera.pandas as pa

from schemas.metadata import load_tables

MAX_VALUE_CHARS = 80


@dataclass(frozen=True)
class Failure:
    """One failing cell or row: its table, primary key (None for a table-level failure), column
    (None for a row-level rule), offending value, the rule it breaks, and its article if any."""

    table: str
    row_id: str | None
    column: str | None
    value: object
    rule: str
    article_id: str | None = None

    def as_dict(self) -> dict:
        """JSON-ready dict (the value as its repr, cut to 80 characters)."""
        return {**asdict(self), "value": _show(self.value)}


def _show(value: object) -> str | None:
    if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
        return None
    text = repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def format_failure(f: Failure) -> str:
    """One line: ``table | row <id> (article <a>) | column <c> | value <v> | rule <r>``.

    >>> format_failure(Failure("indicators", "la-ind-01", "unit", "percents", "isin(['percent'])"))
    "indicators | row la-ind-01 | column unit | value 'percents' | rule isin(['percent'])"
    """
    row = f"row {f.row_id}" if f.row_id is not None else "whole table"
    if f.article_id and f.article_id != f.row_id:
        row += f" (article {f.article_id})"
    parts = [f.table, row]
    if f.column:
        parts.append(f"column {f.column}")
    shown = _show(f.value)
    if shown is not None:
        parts.append(f"value {shown}")
    parts.append(f"rule {f.rule}")
    return " | ".join(parts)


def format_failures(failures: list[Failure], limit: int | None = 200) -> str:
    """``format_failure`` for each, one per line; beyond ``limit`` a last line counts the rest."""
    shown = failures if limit is None else failures[:limit]
    lines = [format_failure(f) for f in shown]
    if len(failures) > len(shown):
        lines.append(f"... and {len(failures) - len(shown)} more")
    return "\n".join(lines)


def _row_key(df: pd.DataFrame, table: str, position: object) -> tuple[str | None, str | None]:
    if position is None or pd.isna(position) or not 0 <= int(position) < len(df):
        return None, None
    pk = load_tables()[table].primary_key[0]
    row = df.iloc[int(position)]
    article = row.get("article_id") if "article_id" in df.columns else None
    return (None if pd.isna(row[pk]) else str(row[pk])), (None if article is None or pd.isna(article) else str(article))


def schema_failures(table: str, df: pd.DataFrame, err: pa.errors.SchemaErrors) -> list[Failure]:
    """pandera ``SchemaErrors`` raised validating ``df`` (with a 0..n-1 index, see
    ``validate_failures``) -> one Failure per failing cell, or per row for a row-wise check."""
    fc = err.failure_cases
    out, seen = [], set()
    for case in fc.itertuples(index=False):
        table_level = case.schema_context == "DataFrameSchema"
        column = None if table_level else case.column
        key = (str(case.check), column, case.index)
        if key in seen:
            continue
        seen.add(key)
        row_id, article = _row_key(df, table, case.index)
        value = None if table_level else case.failure_case
        if table_level and row_id is None and case.failure_case is not None:
            value = case.failure_case  # a missing column, a wrong dtype: the failure names it
        out.append(Failure(table, row_id, column, value, str(case.check), article))
    return out


def validate_failures(table: str, df: pd.DataFrame, *, row_level: bool = False) -> list[Failure]:
    """Validate ``df`` against the table's pandera model (with ``row_level``, without its checks
    across rows: ``pandera_models.row_level_model``); every failure as a Failure (empty when it
    holds)."""
    from schemas.pandera_models import MODELS, row_level_model

    frame = df.reset_index(drop=True)
    model = row_level_model(table) if row_level else MODELS[table]
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return schema_failures(table, frame, err)
    return []


@dataclass(frozen=True)
class RowsChecked:
    """The outcome of ``validate_changed_rows``: the failures, the fingerprints of the table's rows
    that pass its row-level checks (sorted, to remember for the next build) and how many rows
    were checked row by row this time."""

    failures: list[Failure]
    passing: np.ndarray
    checked: int


def _run(schema, table: str, frame: pd.DataFrame) -> list[Failure]:
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return schema_failures(table, frame, err)
    return []


def validate_changed_rows(table: str, df: pd.DataFrame, known: np.ndarray) -> RowsChecked:
    """``validate_failures(table, df)``, with the row-level checks run only on the rows whose
    fingerprint (``schemas.row_fingerprints``) is not in ``known`` (rows that passed them in an
    earlier build): the columns and dtypes are checked on the frame's header, the checks across
    rows (unique keys) on every row. After adding one article to 10,000, a few rows instead of
    the whole table."""
    from schemas.pandera_models import MODELS, across_rows_schema, row_level_model
    from schemas.row_fingerprints import row_fingerprints

    frame = df.reset_index(drop=True)
    prints = row_fingerprints(frame)
    seen = np.isin(prints, known)
    new = np.flatnonzero(~seen)
    changed = frame.iloc[new].reset_index(drop=True)
    row_failures = _run(row_level_model(table), table, changed)
    failures = _run(MODELS[table], table, frame.iloc[:0]) + row_failures + _run(across_rows_schema(table), table, frame)
    pk = load_tables()[table].primary_key[0]
    failing = {f.row_id for f in row_failures}
    if any(r is None for r in failing) or pk not in changed.columns:
        ok = np.zeros(len(new), dtype=bool)  # a failure not tied to a row: remember none of them
    else:
        ok = ~changed[pk].astype(str).isin(failing).to_numpy()
    passing = np.unique(np.concatenate([prints[seen], prints[new[ok]]]))
    return RowsChecked(failures, passing, len(new))
