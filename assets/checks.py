"""Blocking checks on the core tables: pandera on every table, integrity across tables.

They run inside the ``core_tables`` step (``check_specs``), so the tables are checked where they
are made, without reloading them. A failing check lists every failing row in its metadata and
stops everything downstream, so nothing is published from a build that fails a check.
"""
from __future__ import annotations

import dagster as dg
import pandas as pd
import pandera.pandas as pa

from schemas.integrity import foreign_key_violations, quote_violations
from schemas.metadata import load_tables
from schemas.pandera_models import MODELS, failure_table

INTEGRITY = {
    "foreign_keys_resolve": ("Every foreign key (article_id, document_id, body_id, ...) resolves.", foreign_key_violations),
    "quotes_equal_spans": ("Every quote equals articles.text[char_start:char_end].", quote_violations),
}
INTEGRITY_ASSET = "core_articles"


def check_specs(tables: tuple[str, ...]) -> list[dg.AssetCheckSpec]:
    """One blocking ``<table>_schema`` check per table, and the integrity checks on core_articles."""
    specs = [dg.AssetCheckSpec(f"{t}_schema", asset=f"core_{t}", blocking=True,
                               description=f"The {t} table satisfies its pandera model (types, enums, patterns, ranges, keys).")
             for t in tables]
    specs += [dg.AssetCheckSpec(name, asset=INTEGRITY_ASSET, blocking=True, description=desc)
              for name, (desc, _) in INTEGRITY.items()]
    return specs


def schema_check(table: str, df: pd.DataFrame) -> dg.AssetCheckResult:
    """Validate ``df`` with the table's pandera model; on failure list every failing row."""
    try:
        MODELS[table].validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = failure_table(err)
        pk = load_tables()[table].primary_key[0]
        cases.insert(0, pk, [df[pk].iloc[int(i)] if pd.notna(i) and int(i) < len(df) else None
                             for i in cases["index"]])
        return dg.AssetCheckResult(asset_key=f"core_{table}", check_name=f"{table}_schema", passed=False, metadata={
            "failures": len(cases),
            "failing_rows": dg.MetadataValue.md("```\n" + cases.to_csv(index=False) + "```"),
        })
    return dg.AssetCheckResult(asset_key=f"core_{table}", check_name=f"{table}_schema", passed=True,
                               metadata={"rows": len(df)})


def integrity_checks(frames: dict[str, pd.DataFrame]) -> list[dg.AssetCheckResult]:
    """The cross-table checks, each listing its violations."""
    out = []
    for name, (_, fn) in INTEGRITY.items():
        problems = fn(frames)
        out.append(dg.AssetCheckResult(asset_key=INTEGRITY_ASSET, check_name=name, passed=not problems,
                                       metadata={"violations": dg.MetadataValue.json(problems[:1000]),
                                                 "failures": len(problems)}))
    return out


def check_names(tables: tuple[str, ...]) -> list[str]:
    """The names of every blocking check, sorted (the manifest's ``checks_passed``)."""
    return sorted([f"{t}_schema" for t in tables] + list(INTEGRITY))
