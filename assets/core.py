"""``core_`` assets: the seven contract tables, built by the pure functions in ``pipelines``."""

import dagster as dg
from dagster import AssetExecutionContext
import pandas as pd

from assets.resources import PlanDataPaths
from pipelines.build import EXTRACTED, extract_rows, provinces_rows
from pipelines.curation.lexicons import Lexicons
from pipelines.curation.overrides import Override, apply_overrides, for_kept_articles
from pipelines.frames import to_frame
from pipelines.ingest.articles import read_articles


@dg.asset(group_name="core", description="The provinces reference table (63 rows, with 2025 successors).")
def core_provinces(raw_curation: Lexicons) -> pd.DataFrame:
    return to_frame("provinces", provinces_rows(raw_curation))


@dg.asset(group_name="core", description="Cleaned articles (NFC, white space, site chrome removed) with title, province, date, byline. Bad files are set aside and listed in metadata.")
def core_articles_ingested(context: AssetExecutionContext, paths: PlanDataPaths, raw_curation: Lexicons) -> dict:
    rows, rejected = read_articles(paths.articles, raw_curation)
    for r in rejected:
        context.log.warning(f"set aside {r['file']}" + (f":{r['line']}" if r["line"] else "") + f": {r['error']}")
    context.add_output_metadata({"articles": len(rows), "rejected": len(rejected),
                                 "rejected_inputs": dg.MetadataValue.json(rejected)})
    return {"rows": rows, "rejected": rejected}


@dg.asset(group_name="core", description="Rows found by the rules and lexicons alone, before overrides (measured by out_evaluation).")
def core_rule_rows(context: AssetExecutionContext, core_articles_ingested: dict, raw_curation: Lexicons) -> dict:
    rows, rejected = extract_rows(core_articles_ingested["rows"], raw_curation)
    for r in rejected:
        context.log.warning(f"set aside {r['file']}: {r['error']}")
    context.add_output_metadata({t: len(rows[t]) for t in EXTRACTED})
    return {"rows": rows, "rejected": core_articles_ingested["rejected"] + rejected}


@dg.asset(group_name="core", description="Rule rows with the curated overrides applied (an override that no longer applies fails here).")
def core_curated_rows(context: AssetExecutionContext, core_rule_rows: dict, raw_overrides: list[Override],
                      raw_curation: Lexicons) -> dict:
    applicable, skipped = for_kept_articles(raw_overrides, core_rule_rows["rows"]["articles"])
    if skipped:
        context.log.warning(f"overrides not applied because their article was set aside: {skipped}")
    rows = apply_overrides(core_rule_rows["rows"], applicable, raw_curation)
    context.add_output_metadata({t: len(rows[t]) for t in EXTRACTED})
    return {"rows": rows, "rejected": core_rule_rows["rejected"]}


def _table_asset(table: str, description: str):
    @dg.asset(name=f"core_{table}", group_name="core", description=description)
    def _asset(core_curated_rows: dict) -> pd.DataFrame:
        return to_frame(table, core_curated_rows["rows"][table])

    return _asset


core_articles = _table_asset("articles", "The articles table: every extracted row's quote indexes its text.")
core_documents = _table_asset("documents", "Numbered legal and plan documents the articles mention, one row per document.")
core_citations = _table_asset("citations", "Every article's mention of a document, one row per (article, document).")
core_objectives = _table_asset("objectives", "General objectives, solution groups, tasks and visions.")
core_indicators = _table_asset("indicators", "Numeric and checkable targets (never results).")
core_bodies = _table_asset("bodies", "Responsible bodies, one row per body and province.")
core_assignments = _table_asset("assignments", "Who must do what: body, role, task, deadline.")

TABLE_ASSETS = {"provinces": core_provinces, "articles": core_articles, "documents": core_documents, "citations": core_citations,
                "objectives": core_objectives, "indicators": core_indicators, "bodies": core_bodies,
                "assignments": core_assignments}
