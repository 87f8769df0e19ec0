"""Run one build the way the pipeline does (ingest, extract, overrides, check, publish) on a copy
of the inputs, and record what came out: the rejected inputs, the publish result or the error.

The tables are built by ``pipelines.build.build_tables``, the Dagster definitions run in
process, so a case goes through the very steps of the real build. The release extras
(workbook, quality folder, page: tested on their own, ~10 s a publish) are stubbed unless
``PLANDATA_CATALOGUE_EXTRAS=1``.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pandera.pandas as pa

import pipelines.build as build_mod
from pipelines.release.publish import PublishResult, publish_release
from schemas.failures import format_failures, validate_failures
from tests.helpers.fast_publish import without_release_extras

DAY = dt.date(2026, 11, 22)


@dataclass
class Run:
    """What one build did: its rejected inputs, its publish result, or the error that stopped it
    (with the failure lines the build prints for a failed check)."""

    rejected: list[dict] = field(default_factory=list)
    result: PublishResult | None = None
    error: BaseException | None = None
    failure_lines: str = ""


def run_build(raw: Path, out: Path, *, day: dt.date = DAY, lock_timeout: float = 5.0) -> Run:
    """Build and publish from ``raw`` into ``out``; never raises (the error is in ``Run.error``)."""
    run = Run()
    extras = nullcontext() if os.environ.get("PLANDATA_CATALOGUE_EXTRAS") == "1" else without_release_extras()
    with extras:
        _build_and_publish(run, raw, out, day, lock_timeout)
    return run


def _build_and_publish(run: Run, raw: Path, out: Path, day: dt.date, lock_timeout: float) -> None:
    built = None
    try:
        built = build_mod.build_tables(raw / "articles", raw / "curation")
        run.rejected = built.rejected
        run.result = publish_release(
            built.tables,
            out,
            build_date=day,
            input_hashes={},
            checks=["all"],
            rejected_inputs=built.rejected,
            code_version="catalogue",
            input_dir=raw,
            lock_timeout=lock_timeout,
        )
    except pa.errors.SchemaErrors as err:
        run.error = err
        run.failure_lines = format_failures([f for t, df in built.tables.items() for f in validate_failures(t, df)])
    except Exception as err:  # noqa: BLE001 - the catalogue records every way a build stops
        run.error = err
