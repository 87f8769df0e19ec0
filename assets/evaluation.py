"""``out_evaluation``: precision, recall and F1 per table against the team's gold annotation,
for the rules alone and for rules plus overrides. Informative, not blocking."""

import dagster as dg
from dagster import AssetExecutionContext

from assets.core import SET_ASIDE
from assets.resources import PlanDataPaths
from assets.ui import OWNERS
from pipelines.evaluate.report import evaluate_rows


@dg.asset(
    group_name="out",
    owners=OWNERS,
    kinds={"python", "pandas"},
    # after core_tables (it needs only the annotated articles' rows, core_gold_rows, but a step
    # process beside core_tables would add to the build's peak of memory)
    deps=[SET_ASIDE],
    description="Extraction quality (P/R/F1 per table) on raw/gold/, rules alone and with overrides.",
)
def out_evaluation(context: AssetExecutionContext, paths: PlanDataPaths, core_gold_rows: dict) -> dg.MaterializeResult:
    if not core_gold_rows["ids"]:
        return dg.MaterializeResult(metadata={"scores": "no gold annotation under raw/gold/"})
    report = evaluate_rows(core_gold_rows["rules"], core_gold_rows["curated"], paths.gold)
    context.log.debug("\n" + report.to_string(index=False))
    return dg.MaterializeResult(
        metadata={
            "scores": dg.MetadataValue.md("```\n" + report.to_string(index=False) + "\n```"),
            **{f"f1/{r.variant}/{r.table}": float(r.f1) for r in report.itertuples()},
        }
    )
