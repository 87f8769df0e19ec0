"""The Dagster code location ``pipelines.definitions``: assets, checks, sensor, resources,
executor, logger.

Build everything: ``python -m pipelines.build_release`` (or ``dagster asset materialize -m
pipelines.definitions --select '*'``). The executor is Dagster's multiprocess executor with the
``forkserver`` start method: every step runs in its own process, forked from a server that has
already imported this module, so the per-article batches run on every core without paying the
import (about 4 s) once per step. ``PLANDATA_MAX_PROCESSES`` caps the processes (default: the
number of cores). On a cluster, swap ``EXECUTOR`` for ``dagster_k8s.k8s_job_executor`` or
``dagster_celery.celery_executor`` (see the README): each batch then runs in its own pod or
worker.
"""

from __future__ import annotations

import os

import dagster as dg

from assets import core, out, raw
from assets.console import quiet_console
from assets.evaluation import out_evaluation
from assets.io_managers import TABLE_FILES, ReleaseTableFiles
from assets.resources import PlanDataPaths
from assets.sensors import raw_articles_sensor

EXECUTOR = dg.multiprocess_executor.configured(
    {
        "max_concurrent": int(os.environ.get("PLANDATA_MAX_PROCESSES") or 0),
        "start_method": {"forkserver": {"preload_modules": ["pipelines.preload"]}},
    },
    name="plandata_multiprocess",
)

ASSETS = [
    raw.raw_curation,
    raw.raw_overrides,
    core.core_rule_rows,
    core.core_curated_rows,
    core.core_tables,
    out.out_release,
    out_evaluation,
]

BUILD_JOB = dg.define_asset_job(
    "build_release",
    selection=dg.AssetSelection.all(),
    config={"loggers": {"console": {}}},
    description="Every asset: ingest, extract, check and publish the release.",
)


def resources(paths: PlanDataPaths | None = None) -> dict:
    """The resources the assets need: the paths (default: from the environment) and the core
    tables' IO manager (their release Parquet files)."""
    return {"paths": paths or PlanDataPaths(), TABLE_FILES: ReleaseTableFiles()}


defs = dg.Definitions(
    assets=ASSETS,
    jobs=[BUILD_JOB],
    sensors=[raw_articles_sensor],
    resources=resources(),
    executor=EXECUTOR,
    loggers={"console": quiet_console},
)


def release_job() -> dg.JobDefinition:
    """The job that materializes every asset (what ``python -m pipelines.build_release`` runs)."""
    return defs.resolve_job_def("build_release")


# Resolve the repository once at import: the forkserver preloads this module, so every step
# process starts with the asset graph already built instead of rebuilding it (about 1 s a step).
defs.get_repository_def()
