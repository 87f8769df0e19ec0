"""Blocking asset checks: pandera on every core table, integrity across tables.

A failing check lists every failing row in its metadata and stops everything downstream, so
nothing is published from a build that fails a check.
"""

import dagster as dg
import pandas as pd
import pandera.pandas as pa

from assets.core import TABLE_ASSETS
from schemas.integrity import foreign_key_violations, quote_violations
from schemas.metadata import load_tables
from schemas.pandera_models import MODELS, failure_table


def _pandera_check(table: str, asset):
    @dg.asset_check(asset=asset, name=f"{table}_schema", blocking=True,
                    description=f"The {table} table satisfies its pandera model (types, enums, patterns, ranges, keys).")
    def _check(df: pd.DataFrame) -> dg.AssetCheckResult:
        try:
            MODELS[table].validate(df, lazy=True)
        except pa.errors.SchemaErrors as err:
            cases = failure_table(err)
            pk = load_tables()[table].primary_key[0]
            cases.insert(0, pk, [df[pk].iloc[int(i)] if pd.notna(i) and int(i) < len(df) else None
                                 for i in cases["index"]])
            return dg.AssetCheckResult(passed=False, metadata={
                "failures": len(cases),
                "failing_rows": dg.MetadataValue.md("```\n" + cases.to_csv(index=False) + "```"),
            })
        return dg.AssetCheckResult(passed=True, metadata={"rows": len(df)})

    return _check


SCHEMA_CHECKS = [_pandera_check(t, a) for t, a in TABLE_ASSETS.items()]


@dg.asset_check(asset="out_dataset", name="foreign_keys_resolve", blocking=True,
                description="Every foreign key (article_id, document_id, body_id, ...) resolves.")
def foreign_keys_resolve(out_dataset: dict) -> dg.AssetCheckResult:
    problems = foreign_key_violations(out_dataset)
    return dg.AssetCheckResult(passed=not problems, metadata={"violations": dg.MetadataValue.json(problems)})


@dg.asset_check(asset="out_dataset", name="quotes_equal_spans", blocking=True,
                description="Every quote equals articles.text[char_start:char_end].")
def quotes_equal_spans(out_dataset: dict) -> dg.AssetCheckResult:
    problems = quote_violations(out_dataset)
    return dg.AssetCheckResult(passed=not problems, metadata={"violations": dg.MetadataValue.json(problems)})


INTEGRITY_CHECKS = [foreign_keys_resolve, quotes_equal_spans]
CHECK_NAMES = sorted([f"{t}_schema" for t in TABLE_ASSETS] + ["foreign_keys_resolve", "quotes_equal_spans"])
