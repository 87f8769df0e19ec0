"""What the Dagster UI shows on a table asset: column schema (from ``schemas/tables/*.yaml``),
row count and a markdown preview; the kinds and owners every asset carries."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from schemas.metadata import load_tables

OWNERS = ["team:plandata"]
KINDS_TABLE = {"python", "pandas"}
KINDS_RELEASE = {"python", "parquet", "csv"}
PREVIEW_ROWS = 10
PREVIEW_CELL = 60


def column_schema(table: str) -> dg.TableSchema:
    """The table's columns as Dagster's ``TableSchema``: type, description, nullable, unique,
    and the other constraints (enum, pattern, range) as text."""
    cols = []
    for f in load_tables()[table].fields:
        other = [f"{k}: {v}" for k, v in f.constraints.items() if k != "unique"]
        cols.append(
            dg.TableColumn(
                name=f.name,
                type=f.type,
                description=f.description,
                constraints=dg.TableColumnConstraints(nullable=not f.required, unique=f.unique, other=other),
            )
        )
    return dg.TableSchema(columns=cols)


def _cell(value) -> str:
    text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
    text = text.replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= PREVIEW_CELL else text[: PREVIEW_CELL - 1] + "…"


def preview_markdown(df: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """The first ``rows`` rows of ``df`` as a markdown table, long cells cut with "…".

    >>> print(preview_markdown(pd.DataFrame({"a": [1], "b": ["Hà Nội"]})))
    | a | b |
    |---|---|
    | 1 | Hà Nội |
    """
    head = ["| " + " | ".join(df.columns) + " |", "|" + "---|" * len(df.columns)]
    body = ["| " + " | ".join(_cell(v) for v in r) + " |" for r in df.head(rows).itertuples(index=False)]
    return "\n".join(head + body)


def table_metadata(table: str, df: pd.DataFrame) -> dict:
    """Materialization metadata of a table asset: row count, column schema, preview."""
    return {
        "dagster/row_count": len(df),
        "dagster/column_schema": column_schema(table),
        "preview": dg.MetadataValue.md(preview_markdown(df)),
    }
