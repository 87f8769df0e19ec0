"""Run one build the way the pipeline does (ingest, extract, overrides, check, publish) on a copy
of the inputs, and record what came out: the rejected inputs, the publish result or the error.

The curated lexicons are cached by the bytes of the curation folder (loading them is most of a
small build's time); a case that changes a curated file gets a fresh load. The release extras
(workbook, quality folder, page: tested on their own, ~10 s a publish) are stubbed unless
``PLANDATA_CATALOGUE_EXTRAS=1``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pandera.pandas as pa

import pipelines.build as build_mod
from pipelines.curation.lexicons import load_lexicons
from pipelines.release.publish import PublishResult, publish_release
from schemas.failures import format_failures, validate_failures
from tests.helpers.fast_publish import without_release_extras

DAY = dt.date(2026, 11, 22)
_LEXICONS: dict[str, object] = {}


def _cached_lexicons(curation_dir: Path):
    digest = hashlib.sha256()
    for p in sorted(curation_dir.rglob("*")) if curation_dir.is_dir() else []:
        digest.update(p.name.encode() + (p.read_bytes() if p.is_file() and not p.is_symlink() else b"/"))
    key = digest.hexdigest()
    if key not in _LEXICONS:
        _LEXICONS[key] = load_lexicons(curation_dir)
    return _LEXICONS[key]


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
    real = build_mod.load_lexicons
    build_mod.load_lexicons = _cached_lexicons
    extras = nullcontext() if os.environ.get("PLANDATA_CATALOGUE_EXTRAS") == "1" else without_release_extras()
    try:
        with extras:
            _build_and_publish(run, raw, out, day, lock_timeout)
    finally:
        build_mod.load_lexicons = real
    return run


def _build_and_publish(run: Run, raw: Path, out: Path, day: dt.date, lock_timeout: float) -> None:
    built = None
    try:
        built = build_mod.build_tables(raw / "articles", raw / "curation")
        run.rejected = built.rejected
        run.result = publish_release(built.tables, out, build_date=day, input_hashes={}, checks=["all"],
                                     rejected_inputs=built.rejected, code_version="catalogue",
                                     input_dir=raw, lock_timeout=lock_timeout)
    except pa.errors.SchemaErrors as err:
        run.error = err
        run.failure_lines = format_failures([f for t, df in built.tables.items() for f in validate_failures(t, df)])
    except Exception as err:  # noqa: BLE001 - the catalogue records every way a build stops
        run.error = err
