"""``out_`` assets: the published release."""

import datetime as dt
import hashlib
import os
from pathlib import Path

import dagster as dg
from dagster import AssetExecutionContext

from assets.checks import check_names
from assets.core import SET_ASIDE, TABLE_KEYS
from assets.resources import PlanDataPaths
from assets.ui import KINDS_RELEASE, OWNERS
from pipelines.release.parquet_tables import ParquetTables, row_counts
from pipelines.release.publish import publish_parquet
from pipelines.steps import TABLES


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


@dg.asset(
    group_name="out",
    owners=OWNERS,
    kinds=KINDS_RELEASE,
    deps=["out_evaluation"],  # nothing publishes unless every step of the run succeeded
    ins={**{f"core_{t}": dg.AssetIn(key) for t, key in TABLE_KEYS.items()}, "set_aside": dg.AssetIn(SET_ASIDE)},
    description="Publishes output/releases/<version>/ atomically and updates LATEST; identical tables publish nothing.",
)
def out_release(
    context: AssetExecutionContext, paths: PlanDataPaths, set_aside: list, **tables: Path
) -> dg.MaterializeResult:
    # the tables come as their release Parquet files (assets.io_managers), which passed
    # core_tables' blocking checks (pandera models, cross-table rules)
    files = {t: tables[f"core_{t}"].read_bytes() for t in TABLES}
    result = publish_parquet(
        files,
        paths.output,
        build_date=build_date(),
        input_hashes=input_hashes(paths),
        checks=check_names(TABLES),
        rejected_inputs=set_aside,
        input_dir=paths.raw,
    )
    context.log.info(f"release {result.version}: {result.reason}")
    return dg.MaterializeResult(
        metadata={
            "version": result.version,
            "published": result.published,
            "reason": result.reason,
            "path": str(result.path),
            **{f"rows/{t}": n for t, n in row_counts(ParquetTables(files)).items()},
        }
    )
