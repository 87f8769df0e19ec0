"""``python -m pipelines.build_release [--report FILE]``: build the release in one command.

Runs every asset of ``pipelines.definitions`` as one Dagster run with the definitions' executor
(multiprocess: the article batches run on every core), quietly, then prints the closing summary:
release path and version, rows per table, articles quarantined and why, share of coded
indicators, failed checks with their failing rows. Exit code 0 when the run succeeded.

``DAGSTER_HOME`` set: the run is recorded in that instance (visible in ``dagster dev``);
otherwise in a temporary one. ``--report FILE`` also writes the summary and the seconds each
step took as JSON (the benchmark reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import dagster as dg

from pipelines.summary import format_summary


@contextmanager
def _instance() -> Iterator[dg.DagsterInstance]:
    if os.environ.get("DAGSTER_HOME"):
        with dg.DagsterInstance.get() as instance:
            yield instance
        return
    with tempfile.TemporaryDirectory(prefix="plandata-dagster-") as home:
        quiet = {"python_logs": {"python_log_level": os.environ.get("PLANDATA_LOG_LEVEL", "WARNING").upper()}}
        with dg.DagsterInstance.local_temp(tempdir=home, overrides=quiet) as instance:  # type: ignore[arg-type]
            yield instance


def _metadata_value(value):
    return getattr(value, "value", value)


def _materialization(info: dict, event: dg.DagsterEvent) -> None:
    mat = event.event_specific_data.materialization  # type: ignore[union-attr]
    meta = {k: _metadata_value(v) for k, v in mat.metadata.items()}
    key = mat.asset_key.to_user_string()
    if key == "out_release":
        info["release"] = {k: meta.get(k) for k in ("version", "path", "published", "reason")}
    elif key == "core_set_aside":
        info["problems"] = meta.get("problems") or []
    elif key.startswith("core_") and "dagster/row_count" in meta:
        info["rows"][key[5:]] = meta["dagster/row_count"]
        if "coded_share" in meta:
            info["coded_share"] = meta["coded_share"]


def _check(info: dict, event: dg.DagsterEvent) -> None:
    ev: Any = event.event_specific_data  # an AssetCheckEvaluation for ASSET_CHECK_EVALUATION events
    if ev.passed:
        return
    meta = {k: _metadata_value(v) for k, v in ev.metadata.items()}
    detail = meta.get("failing_rows") or "\n".join(map(str, meta.get("violations") or []))
    info["failed_checks"].append(
        {
            "name": ev.check_name,
            "failures": meta.get("failures"),
            "detail": str(detail).replace("```", "").strip(),
        }
    )


def collect(records) -> tuple[dict, dict[str, dict]]:
    """A run's event log -> (summary info, {step: {start, end, seconds}} in seconds from the
    run's first event)."""
    info: dict = {"rows": {}, "problems": [], "failed_checks": [], "errors": [], "release": None}
    started: dict[str, float] = {}
    steps: dict[str, dict] = {}
    t0 = records[0].timestamp if records else 0.0
    info["run_started"] = t0  # wall clock (epoch seconds) of the run's first event
    for rec in records:
        event = rec.dagster_event
        if event is None:
            continue
        if event.event_type == dg.DagsterEventType.STEP_START:
            started[event.step_key] = rec.timestamp - t0
        elif event.event_type in (dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE):
            start, end = started.get(event.step_key, rec.timestamp - t0), rec.timestamp - t0
            steps[event.step_key] = {"start": round(start, 3), "end": round(end, 3), "seconds": round(end - start, 3)}
            if event.event_type == dg.DagsterEventType.STEP_FAILURE:
                err = event.event_specific_data.error  # type: ignore[union-attr]
                info["errors"].append(f"{event.step_key}: {err.cause.message if err.cause else err.message}".strip())
        elif event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION:
            _materialization(info, event)
        elif event.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION:
            _check(info, event)
    return info, steps


def run_build() -> tuple[dict, dict[str, dict]]:
    """Run every asset of the definitions as one run -> (summary info, seconds per step)."""
    from pipelines import definitions

    start = time.perf_counter()
    with _instance() as instance:
        job = dg.reconstructable(definitions.release_job)
        with dg.execute_job(job, instance=instance, raise_on_error=False) as result:
            records = instance.all_logs(result.run_id)
            info, steps = collect(records)
            info["success"] = result.success
    info["seconds"] = time.perf_counter() - start
    return info, steps


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.build_release", description=__doc__.split("\n\n")[1])
    parser.add_argument("--report", type=Path, default=None, help="also write the summary and step timings as JSON")
    args = parser.parse_args(argv)
    info, steps = run_build()
    print(format_summary(info))
    if args.report:
        args.report.write_text(json.dumps({"summary": info, "steps": steps}, indent=1, default=str), encoding="utf-8")
    return 0 if info["success"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
