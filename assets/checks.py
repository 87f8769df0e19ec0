"""Blocking checks on the core tables: pandera on every table, integrity across tables.

They run inside the ``core_tables`` step (``check_specs``), so the tables are checked where they
are made, without reloading them. A failing check lists every failing row in its metadata and
stops everything downstream, so nothing is published from a build that fails a check.
"""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipelines.checked_rows import CheckedRows
from schemas.failures import Failure, format_failures, validate_changed_rows
from schemas.integrity import foreign_key_failures, quote_failures

INTEGRITY = {
    "foreign_keys_resolve": (
        "Every foreign key (article_id, document_id, body_id, ...) resolves.",
        foreign_key_failures,
    ),
    "quotes_equal_spans": ("Every quote equals articles.text[char_start:char_end].", quote_failures),
}
INTEGRITY_ASSET = "core_articles"


def check_specs(tables: tuple[str, ...]) -> list[dg.AssetCheckSpec]:
    """One blocking ``<table>_schema`` check per table, and the integrity checks on core_articles."""
    specs = [
        dg.AssetCheckSpec(
            f"{t}_schema",
            asset=f"core_{t}",
            blocking=True,
            description=f"The {t} table satisfies its pandera model (types, enums, patterns, ranges, keys).",
        )
        for t in tables
    ]
    specs += [
        dg.AssetCheckSpec(name, asset=INTEGRITY_ASSET, blocking=True, description=desc)
        for name, (desc, _) in INTEGRITY.items()
    ]
    return specs


def _result(
    asset: str, name: str, failures: list[Failure], rows: int, extra: dict | None = None
) -> dg.AssetCheckResult:
    meta: dict = {"rows": rows, "failures": len(failures), **(extra or {})}
    if failures:
        meta["failing_rows"] = dg.MetadataValue.md("```\n" + format_failures(failures) + "\n```")
    return dg.AssetCheckResult(asset_key=asset, check_name=name, passed=not failures, metadata=meta)


def schema_check(table: str, df: pd.DataFrame, store: CheckedRows) -> dg.AssetCheckResult:
    """Validate ``df`` with the table's pandera model, row by row only the rows ``store`` has not
    seen pass (``schemas.failures.validate_changed_rows``), and remember those that pass; on
    failure list every failing row (``table | row | column | value | rule`` lines)."""
    known = store.known(table, df)
    outcome = validate_changed_rows(table, df, known)
    store.remember(table, df, outcome.passing)
    return _result(
        f"core_{table}", f"{table}_schema", outcome.failures, len(df), {"rows_checked_row_by_row": outcome.checked}
    )


def integrity_checks(frames: dict[str, pd.DataFrame]) -> list[dg.AssetCheckResult]:
    """The cross-table checks, each listing its failing rows."""
    return [_result(INTEGRITY_ASSET, name, fn(frames), len(frames["articles"])) for name, (_, fn) in INTEGRITY.items()]


def check_names(tables: tuple[str, ...]) -> list[str]:
    """The names of every blocking check, sorted (the manifest's ``checks_passed``)."""
    return sorted([f"{t}_schema" for t in tables] + list(INTEGRITY))
