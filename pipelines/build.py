"""The build run through the Dagster definitions, in this process: what the tests and the
evaluation command use, so they run the very steps and wiring of ``pipelines.definitions``.

``build_tables(articles_dir, curation_dir)`` materializes the assets up to the core tables with
the in-process executor and returns them with the inputs set aside. The release itself is built
by ``python -m pipelines.build_release`` (multiprocess, see ``pipelines.definitions``).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
import pandas as pd

from pipelines.steps import EXTRACTED, TABLES, provinces_rows, table_frames

__all__ = ["EXTRACTED", "BuildResult", "build_tables", "materialize_rows", "provinces_rows"]

_ROWS = ["raw_curation", "raw_overrides", "core_rule_rows"]
_CURATED = ["core_curated_rows", "core_gold_rows"]  # one step: selected together


@dataclass
class BuildResult:
    """The contract tables, and the inputs that were set aside with the reason."""

    tables: dict[str, pd.DataFrame]
    rejected: list[dict] = field(default_factory=list)


def materialize_rows(articles_dir: Path, curation_dir: Path, *, overrides: bool = True, cache_dir: str = "off") -> dict:
    """Run ``raw_*``, ``core_rule_rows`` and (with ``overrides``) ``core_curated_rows`` in this
    process; returns {"lex", "rule", "curated", "problems"} (rows per table, before and after
    overrides; "curated" is None without overrides)."""
    from assets.resources import PlanDataPaths
    from pipelines.definitions import ASSETS, resources

    with tempfile.TemporaryDirectory(prefix="plandata-") as tmp:
        paths = PlanDataPaths(
            output_dir=tmp, articles_dir=str(articles_dir), curation_dir=str(curation_dir), cache_dir=cache_dir
        )
        selection = _ROWS + _CURATED if overrides else _ROWS
        level = os.environ.get("PLANDATA_LOG_LEVEL", "WARNING").upper()  # quiet, as the build command
        result = dg.materialize(
            ASSETS,
            selection=[dg.AssetKey(k) for k in selection],
            resources=resources(paths),
            run_config={"loggers": {"console": {"config": {"log_level": level}}}},
        )
        rule = result.asset_value("core_rule_rows")
        curated = result.asset_value("core_curated_rows")["rows"] if overrides else None
        return {
            "lex": result.asset_value("raw_curation"),
            "rule": rule["rows"],
            "curated": curated,
            "problems": rule["problems"],
        }


def build_tables(articles_dir: Path, curation_dir: Path, *, apply_overrides: bool = True) -> BuildResult:
    """Raw articles + curated tables -> the contract tables, through the Dagster definitions."""
    run = materialize_rows(articles_dir, curation_dir, overrides=apply_overrides)
    rows = run["curated"] if apply_overrides else run["rule"]
    frames = table_frames(rows, run["lex"])
    return BuildResult(tables={t: frames[t] for t in TABLES}, rejected=run["problems"])
