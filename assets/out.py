"""``out_`` assets: the assembled dataset, the published release and the extraction scores."""

import datetime as dt
import hashlib
import os

import dagster as dg
from dagster import AssetExecutionContext
import pandas as pd

from assets.checks import CHECK_NAMES
from assets.resources import PlanDataPaths
from pipelines.release.publish import publish_release


@dg.asset(group_name="out", description="The seven tables together, checked across tables before publishing.")
def out_dataset(core_provinces: pd.DataFrame, core_articles: pd.DataFrame, core_documents: pd.DataFrame,
                core_citations: pd.DataFrame, core_objectives: pd.DataFrame, core_indicators: pd.DataFrame, core_bodies: pd.DataFrame,
                core_assignments: pd.DataFrame) -> dict:
    return {"provinces": core_provinces, "articles": core_articles, "documents": core_documents, "citations": core_citations,
            "objectives": core_objectives, "indicators": core_indicators, "bodies": core_bodies,
            "assignments": core_assignments}


def input_hashes(paths: PlanDataPaths) -> dict[str, str]:
    """sha256 of every build input under raw/articles and raw/curation, by relative path."""
    out = {}
    for folder in (paths.articles, paths.curation):
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                out[f"{folder.name}/{p.relative_to(folder).as_posix()}"] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def build_date() -> dt.date:
    """UTC date of the build (``PLANDATA_BUILD_DATE`` pins it, for reproducible tests)."""
    pinned = os.environ.get("PLANDATA_BUILD_DATE")
    return dt.date.fromisoformat(pinned) if pinned else dt.datetime.now(dt.timezone.utc).date()


@dg.asset(group_name="out", deps=["core_curated_rows"],
          description="Publishes output/releases/<version>/ atomically and updates LATEST; identical tables publish nothing.")
def out_release(context: AssetExecutionContext, paths: PlanDataPaths, out_dataset: dict,
                core_curated_rows: dict) -> dg.MaterializeResult:
    result = publish_release(out_dataset, paths.output, build_date=build_date(), input_hashes=input_hashes(paths),
                             checks=CHECK_NAMES, rejected_inputs=core_curated_rows["rejected"])
    context.log.info(f"release {result.version}: {result.reason}")
    return dg.MaterializeResult(metadata={
        "version": result.version, "published": result.published, "reason": result.reason,
        "path": str(result.path), **{f"rows/{t}": len(df) for t, df in out_dataset.items()},
    })
