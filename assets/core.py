"""``core_`` assets: the contract tables, built by the step functions of ``pipelines.steps``.

``core_rule_rows`` fans the per-article work out over stable batches (Dagster dynamic mapping):
one ``ingest_extract_batch`` step per batch, which the job's executor spreads over processes
(multiprocess), pods (k8s) or workers (celery); unchanged articles come from the cache.
"""

import dagster as dg
from dagster import AssetExecutionContext, OpExecutionContext
import pandas as pd

from assets.checks import check_specs, integrity_checks, schema_check
from assets.io_managers import TABLE_FILES
from assets.resources import PlanDataPaths
from assets.ui import KINDS_TABLE, OWNERS, column_schema, table_metadata
from pipelines import config
from pipelines.curation.lexicons import Lexicons
from pipelines.curation.overrides import Override
from pipelines.evaluate.gold_rows import gold_article_ids, gold_only
from pipelines.steps import (
    TABLES,
    BatchPlan,
    BatchResult,
    curate,
    merge_batches,
    plan_batches,
    process_batch,
    table_frames,
)

SET_ASIDE = "core_set_aside"
GOLD_ROWS = "core_gold_rows"


@dg.op(
    out={"batches": dg.DynamicOut(BatchPlan), "problems": dg.Out(list)},
    description="Lists raw/articles/*.txt and splits them into stable batches by a hash of the article id.",
)
def plan_article_batches(context: OpExecutionContext, paths: PlanDataPaths):
    plans, problems = plan_batches(paths.articles, paths.curation, config.batches())
    context.log.info(f"{sum(len(p.files) for p in plans)} articles in {len(plans)} batches")
    yield dg.Output(problems, "problems")
    for plan in plans or [BatchPlan("0", (), {}, "")]:
        yield dg.DynamicOutput(plan, mapping_key=f"batch_{plan.batch}", output_name="batches")


@dg.op(
    description="Ingests and rule-extracts the articles of one batch (cached ones are reused); quarantines the bad ones."
)
def ingest_extract_batch(
    context: OpExecutionContext, paths: PlanDataPaths, plan: BatchPlan, lex: Lexicons
) -> BatchResult:
    def progress(done: int, total: int) -> None:
        context.log.info(f"batch {plan.batch}: {done} of {total} articles done")

    result = process_batch(paths.articles, plan, lex, paths.cache, progress)
    context.log.info(
        f"batch {plan.batch}: {len(plan.files)} articles, {result.cached} from the cache, "
        f"{len(result.problems)} quarantined"
    )
    return result


@dg.op(description="All batches -> rows per table and the problems; fails when too many articles are quarantined.")
def merge_article_batches(context: OpExecutionContext, batches: list[BatchResult], problems: list) -> dict:
    rows, problems = merge_batches(batches, problems)
    cached = sum(b.cached for b in batches)
    total = len(rows["articles"]) + sum(p["kind"] == "quarantined" for p in problems)
    context.log.info(f"articles: {total} of {total} done ({cached} from the cache)")
    for p in problems:
        context.log.warning(
            f"{p['kind']} {p['file']}" + (f":{p['line']}" if p.get("line") else "") + f": {p['reason']}"
        )
    return {"rows": rows, "problems": problems}


@dg.graph_asset(
    group_name="core",
    owners=OWNERS,
    kinds={"python"},
    description="Rows found by the rules and lexicons alone, before overrides, article by article "
    "in parallel batches (measured by out_evaluation); quarantined articles are listed.",
)
def core_rule_rows(raw_curation: Lexicons) -> dict:
    batches, problems = plan_article_batches()
    results = batches.map(lambda plan: ingest_extract_batch(plan, raw_curation))
    return merge_article_batches(results.collect(), problems)


@dg.multi_asset(
    outs={
        "core_curated_rows": dg.AssetOut(
            description="Rule rows with the curated overrides applied (an override that no longer applies fails here).",
            group_name="core",
            owners=OWNERS,
            kinds={"python"},
        ),
        GOLD_ROWS: dg.AssetOut(
            description="The rows of the annotated articles (raw/gold/), by the rules alone and with the "
            "overrides: what out_evaluation scores, a few articles whatever the corpus size.",
            group_name="core",
            owners=OWNERS,
            kinds={"python"},
        ),
    },
    can_subset=False,
)
def core_curated_rows(
    context: AssetExecutionContext,
    paths: PlanDataPaths,
    core_rule_rows: dict,
    raw_overrides: list[Override],
    raw_curation: Lexicons,
):
    rows, skipped = curate(core_rule_rows["rows"], raw_overrides, raw_curation, core_rule_rows["problems"])
    if skipped:
        context.log.warning(f"overrides not applied because their article was quarantined: {skipped}")
    counts = {t: len(rows[t]) for t in TABLES if t in rows}
    yield dg.Output({"rows": rows, "problems": core_rule_rows["problems"]}, "core_curated_rows", metadata=counts)
    ids = gold_article_ids(paths.gold)
    gold = {"ids": sorted(ids), "rules": gold_only(core_rule_rows["rows"], ids), "curated": gold_only(rows, ids)}
    yield dg.Output(gold, GOLD_ROWS, metadata={"articles": len(ids)})


_DESCRIPTIONS = {
    "provinces": "The provinces reference table (63 rows, with 2025 successors).",
    "articles": "The articles table: every extracted row's quote indexes its text.",
    "documents": "Numbered legal and plan documents the articles mention, one row per document.",
    "citations": "Every article's mention of a document, one row per (article, document).",
    "objectives": "General objectives, solution groups, tasks and visions.",
    "indicators": "Numeric and checkable targets (never results).",
    "bodies": "Responsible bodies, one row per body and province.",
    "assignments": "Who must do what: body, role, task, deadline.",
}
_OUTS = {
    f"core_{t}": dg.AssetOut(
        description=d,
        group_name="core",
        owners=OWNERS,
        kinds=KINDS_TABLE,
        metadata={"dagster/column_schema": column_schema(t)},
        io_manager_key=TABLE_FILES,
    )
    for t, d in _DESCRIPTIONS.items()
}
_OUTS[SET_ASIDE] = dg.AssetOut(
    description="Inputs set aside: quarantined articles (with reason and failing rows) and refused inputs.",
    group_name="core",
    owners=OWNERS,
    kinds={"python"},
)


def coded_share(indicators: pd.DataFrame) -> float:
    """The share of indicator rows with an indicator code (1.0 for no rows)."""
    return float(indicators["indicator_code"].notna().mean()) if len(indicators) else 1.0


@dg.multi_asset(
    outs=_OUTS,
    check_specs=check_specs(TABLES),
    can_subset=False,
    description="The contract tables as typed DataFrames, each checked (pandera, keys, quotes).",
)
def core_tables(core_curated_rows: dict, raw_curation: Lexicons, paths: PlanDataPaths):
    frames = table_frames(core_curated_rows["rows"], raw_curation)
    for table, df in frames.items():
        meta = table_metadata(table, df)
        if table == "indicators":
            meta["coded_share"] = coded_share(df)
        yield dg.Output(df, f"core_{table}", metadata=meta)
    problems = core_curated_rows["problems"]
    yield dg.Output(
        problems,
        SET_ASIDE,
        metadata={
            "quarantined": sum(p["kind"] == "quarantined" for p in problems),
            "refused": sum(p["kind"] == "refused" for p in problems),
            "problems": dg.MetadataValue.json(problems),
        },
    )
    for table, df in frames.items():
        yield schema_check(table, df, paths.checked_rows)
    yield from integrity_checks(frames)


TABLE_KEYS = {t: dg.AssetKey(f"core_{t}") for t in TABLES}
