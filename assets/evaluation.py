"""``out_evaluation``: precision, recall and F1 per table against the team's gold annotation,
for the rules alone and for rules plus overrides. Informative, not blocking."""

import dagster as dg
from dagster import AssetExecutionContext

from assets.core import SET_ASIDE
from assets.resources import PlanDataPaths
from assets.ui import OWNERS
from pipelines.evaluate.report import evaluate_rows


def gold_only(rows: dict[str, list[dict]], article_ids: set[str]) -> dict[str, list[dict]]:
    """The rows of the annotated articles only (tables without ``article_id`` are kept whole), so
    scoring costs the same in a corpus of any size."""
    return {t: [r for r in rs if "article_id" not in r or r["article_id"] in article_ids] for t, rs in rows.items()}


@dg.asset(
    group_name="out",
    owners=OWNERS,
    kinds={"python", "pandas"},
    # after core_tables, not beside it: each of the two holds every row of the corpus (about
    # 400 MiB at N = 10,000), and together they were the build's peak of memory
    deps=[SET_ASIDE],
    description="Extraction quality (P/R/F1 per table) on raw/gold/, rules alone and with overrides.",
)
def out_evaluation(
    context: AssetExecutionContext, paths: PlanDataPaths, core_rule_rows: dict, core_curated_rows: dict
) -> dg.MaterializeResult:
    gold_ids = {p.stem for p in paths.gold.glob("*.y*ml")} if paths.gold.is_dir() else set()
    if not gold_ids:
        return dg.MaterializeResult(metadata={"scores": "no gold annotation under raw/gold/"})
    report = evaluate_rows(
        gold_only(core_rule_rows["rows"], gold_ids), gold_only(core_curated_rows["rows"], gold_ids), paths.gold
    )
    context.log.debug("\n" + report.to_string(index=False))
    return dg.MaterializeResult(
        metadata={
            "scores": dg.MetadataValue.md("```\n" + report.to_string(index=False) + "\n```"),
            **{f"f1/{r.variant}/{r.table}": float(r.f1) for r in report.itertuples()},
        }
    )
