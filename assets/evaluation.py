"""``out_evaluation``: precision, recall and F1 per table against the team's gold annotation,
for the rules alone and for rules plus overrides. Informative, not blocking."""

import dagster as dg
from dagster import AssetExecutionContext

from assets.resources import PlanDataPaths
from pipelines.evaluate.report import evaluate_rows


@dg.asset(group_name="out", description="Extraction quality (P/R/F1 per table) on raw/gold/, rules alone and with overrides.")
def out_evaluation(context: AssetExecutionContext, paths: PlanDataPaths, core_rule_rows: dict,
                   core_curated_rows: dict) -> dg.MaterializeResult:
    report = evaluate_rows(core_rule_rows["rows"], core_curated_rows["rows"], paths.gold)
    context.log.info("\n" + report.to_string(index=False))
    return dg.MaterializeResult(metadata={
        "scores": dg.MetadataValue.md("```\n" + report.to_string(index=False) + "\n```"),
        **{f"f1/{r.variant}/{r.table}": float(r.f1) for r in report.itertuples()},
    })
