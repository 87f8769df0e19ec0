"""The release files made for people, beside the tables: the workbook, the `quality/` folder
(Great Expectations results and Data Docs), the release page `index.html`, and the README.md
with real example ids. `publish.py` adds them with one call before SHA256SUMS is computed:

    extras = release_extras(frames, manifest, version, build_date, files, previous_counts=counts, workbook=job)
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipelines.evaluate.curation_queue import curation_queue, queue_markdown
from pipelines.quality.docs import quality_files
from pipelines.quality.run import QualityResults, release_quality
from pipelines.release.forked import Forked
from pipelines.release.page import release_page
from pipelines.release.staging import FileInfo
from pipelines.release.workbook import workbook_bytes, workbook_from_parquet
from schemas.dictionary import data_dictionary_markdown
from schemas.metadata import load_tables


class QualityCheckError(ValueError):
    """The tables fail a Great Expectations expectation; the message lists every failure."""


def workbook_name(version: str) -> str:
    """`plandata-<version>.xlsx`."""
    return f"plandata-{version}.xlsx"


def example_ids(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """One real primary key per non-empty table (the first by primary key; for indicators a coded
    one when there is one)."""
    out = {}
    for name, table in load_tables().items():
        df = frames.get(name)
        if df is None or df.empty:
            continue
        if name == "indicators" and df["indicator_code"].notna().any():
            df = df[df["indicator_code"].notna()]
        out[name] = str(min(df[table.primary_key[0]]))
    return out


class WorkbookJob:
    """The workbook of a release, written from its Parquet files {table: bytes} in a fresh process
    (``pipelines.release.forked``: on the other core, reading one batch of one table at a time, and
    leaving the caller's frames and their pages alone). ``start(version)`` starts it, or restarts
    it when it was started for another version; ``result()`` is the workbook's bytes."""

    def __init__(self, parquet: dict[str, bytes], build_date: dt.date):
        self._files = {f"parquet/{name}.parquet": data for name, data in parquet.items()}
        self._date, self._version = build_date, ""
        self._job: Forked | None = None

    def start(self, version: str) -> None:
        if version == self._version:
            return
        self.cancel()
        self._job = Forked(workbook_from_parquet, self._files, version, self._date, fresh=True)
        self._version = version

    def result(self) -> bytes:
        if self._job is None:
            raise RuntimeError("the workbook was never started")
        return self._job.result()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()


def release_extras(
    frames: dict[str, pd.DataFrame],
    manifest: dict,
    version: str,
    build_date: dt.date,
    files: dict[str, bytes | FileInfo],
    *,
    previous_counts: dict[str, int] | None = None,
    quality: QualityResults | None = None,
    workbook: WorkbookJob | None = None,
) -> dict[str, bytes]:
    """{path: bytes} of the workbook, `quality/*`, README.md (replacing the one without examples)
    and `index.html` (listing `files` and these with their sizes and checksums) for release
    `version`. The workbook is `workbook`'s result (started by the caller as soon as the Parquet
    files existed; Great Expectations validates meanwhile), or made here when none was started.
    `previous_counts` {table: rows} of the previous release are the floor the expectations hold
    the new ones to; `quality` is the result of `validate_release_tables` when the build already
    ran it. Raises QualityCheckError when an expectation fails: nothing is to be published."""
    try:
        quality = quality or release_quality(frames, previous_counts or None)
        if not quality.success:
            raise QualityCheckError("; ".join(f.line() for f in quality.failures))
        quality_out = quality_files(quality, version, build_date)
        book = workbook.result() if workbook is not None else workbook_bytes(frames, version, build_date)
        out = {workbook_name(version): book}
    finally:
        if workbook is not None:
            workbook.cancel()
    meta = load_tables()
    out.update(quality_out)
    counts = {name: len(df) for name, df in frames.items()}
    readme = data_dictionary_markdown(meta, version, counts, year=build_date.year, examples=example_ids(frames))
    queue = queue_markdown(curation_queue(frames["indicators"]))
    out["README.md"] = (readme.rstrip("\n") + "\n\n" + queue).encode("utf-8")
    listed = {p: b for p, b in {**files, **out}.items() if p not in ("SHA256SUMS", "index.html")}
    out["index.html"] = release_page(frames, version, build_date, listed, manifest).encode("utf-8")
    return out
