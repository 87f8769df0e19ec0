"""The release files made for people, beside the tables: the workbook, the `quality/` folder
(Great Expectations results and Data Docs), the release page `index.html`, and the README.md
with real example ids. `publish.py` adds them with one call before SHA256SUMS is computed:

    extras = release_extras(frames, manifest, version, build_date, files, previous_counts=counts, workbook=job)
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.evaluate.curation_queue import curation_queue, queue_markdown
from pipelines.quality.docs import quality_files
from pipelines.quality.run import QualityResults, release_quality, validate_tables
from pipelines.quality.suites import release_specs
from pipelines.release.forked import Forked
from pipelines.release.page import release_page
from pipelines.release.staging import FileInfo
from pipelines.release.tables_io import read_parquet_bytes
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


# The only values the suites are made from (``release_specs``): which indicator codes occur, and
# which provinces exist; of the other tables, their columns.
_SPEC_VALUES = {"indicators": ["indicator_code"], "provinces": None}


def _spec_frames(data: dict[str, bytes]) -> dict[str, pd.DataFrame]:
    """The tables {name: Parquet bytes} as far as their expectation suites depend on them: every
    column, the values only of ``_SPEC_VALUES`` (the provinces whole), so that the suites can be
    made without loading the large tables at once."""
    out = {}
    for name, b in data.items():
        columns = pq.read_schema(pa.BufferReader(b)).names
        if name in _SPEC_VALUES:
            df = pq.read_table(pa.BufferReader(b), columns=_SPEC_VALUES[name]).to_pandas()
            out[name] = df.reindex(columns=columns)
        else:
            out[name] = pd.DataFrame(columns=columns)
    return out


def quality_from_parquet(
    files: dict[str, bytes], version: str, build_date: dt.date, previous_counts: dict[str, int] | None
) -> tuple[list[str], dict[str, bytes]]:
    """Great Expectations on a release's tables given as their Parquet files {`parquet/<table>.parquet`:
    bytes}: (the failures, one line each, and no files) or (no failures, the `quality/` files)."""
    data = {path.split("/")[-1].removesuffix(".parquet"): b for path, b in files.items()}
    specs = release_specs(_spec_frames(data), previous_counts or None)
    return _outcome(validate_tables(specs, lambda name: read_parquet_bytes(data[name], name)), version, build_date)


class _ReleaseJob:
    """A part of publishing made from the release's Parquet files {table: bytes} in a fresh
    process (``pipelines.release.forked``: on the other core, leaving the caller's frames and
    their pages alone). ``start(version, *extra)`` starts it, or restarts it when it was started
    for another version or other extra arguments; ``result()`` waits for its value. With
    `preload`, its interpreter starts at once and imports those modules while the caller makes
    the Parquet files (``use(parquet)`` hands them over)."""

    def __init__(
        self, fn, parquet: dict[str, bytes] | None, build_date: dt.date, preload: tuple[str, ...] = ()
    ) -> None:
        self._fn, self._date = fn, build_date
        self._files: dict[str, bytes] = {}
        self._key: tuple | None = None
        self._job: Forked | None = None
        self._warm: Forked | None = Forked.warm(*preload) if preload else None
        if parquet is not None:
            self.use(parquet)

    def use(self, parquet: dict[str, bytes]) -> None:
        """The release's Parquet files, {table: bytes}."""
        self._files = {f"parquet/{name}.parquet": data for name, data in parquet.items()}

    def start(self, version: str, *extra) -> None:
        if (version, *extra) == self._key:
            return
        if self._job is not None:
            self._job.cancel()
        args = (self._files, version, self._date, *extra)
        if self._warm is not None:
            self._job, self._warm = self._warm, None
            self._job.give(self._fn, *args)
        else:
            self._job = Forked(self._fn, *args, fresh=True)
        self._key = (version, *extra)

    def result(self):
        if self._job is None:
            raise RuntimeError("the job was never started")
        return self._job.result()

    def cancel(self) -> None:
        for job in (self._job, self._warm):
            if job is not None:
                job.cancel()


class WorkbookJob(_ReleaseJob):
    """The workbook of a release (reading one batch of one table at a time): ``start(version)``;
    ``result()`` is the workbook's bytes."""

    def __init__(self, parquet: dict[str, bytes], build_date: dt.date):
        super().__init__(workbook_from_parquet, parquet, build_date)


class QualityJob(_ReleaseJob):
    """Great Expectations' validation and Data Docs of a release (``quality_from_parquet``), in an
    interpreter that starts importing Great Expectations as soon as the job is made: ``use(parquet)``,
    then ``start(version, previous_counts)``; ``result()`` is (failure lines, `quality/` files)."""

    def __init__(self, build_date: dt.date):
        super().__init__(quality_from_parquet, None, build_date, preload=("great_expectations", __name__))

    def start(self, version: str, previous_counts: dict[str, int] | None = None) -> None:  # type: ignore[override]
        super().start(version, dict(sorted((previous_counts or {}).items())))


def _outcome(quality: QualityResults, version: str, build_date: dt.date) -> tuple[list[str], dict[str, bytes]]:
    """(the failure lines, no files) when an expectation failed, else (none, the `quality/` files)."""
    if not quality.success:
        return [f.line() for f in quality.failures], {}
    return [], quality_files(quality, version, build_date)


def _quality(
    frames: dict[str, pd.DataFrame],
    version: str,
    build_date: dt.date,
    previous_counts: dict[str, int] | None,
    job: QualityJob | None,
) -> tuple[list[str], dict[str, bytes]]:
    """(failure lines, `quality/` files) from the job, or from a validation run here."""
    if job is not None:
        return job.result()
    return _outcome(release_quality(frames, previous_counts or None), version, build_date)


def release_extras(
    frames: dict[str, pd.DataFrame],
    manifest: dict,
    version: str,
    build_date: dt.date,
    files: dict[str, bytes | FileInfo],
    *,
    previous_counts: dict[str, int] | None = None,
    workbook: WorkbookJob | None = None,
    quality_job: QualityJob | None = None,
) -> dict[str, bytes]:
    """{path: bytes} of the workbook, `quality/*`, README.md (replacing the one without examples)
    and `index.html` (listing `files` and these with their sizes and checksums) for release
    `version`. The workbook is `workbook`'s result (started by the caller as soon as the Parquet
    files existed; Great Expectations validates meanwhile), or made here when none was started.
    `previous_counts` {table: rows} of the previous release are the floor the expectations hold
    the new ones to; `quality_job` is validating them in its own process (started by the caller,
    with the same previous counts), else they are validated here. Raises QualityCheckError when
    an expectation fails: nothing is to be published."""
    try:
        failures, quality_out = _quality(frames, version, build_date, previous_counts, quality_job)
        if failures:
            raise QualityCheckError("; ".join(failures))
        book = workbook.result() if workbook is not None else workbook_bytes(frames, version, build_date)
        out = {workbook_name(version): book}
    finally:
        for job in (workbook, quality_job):
            if job is not None:
                job.cancel()
    meta = load_tables()
    out.update(quality_out)
    counts = {name: len(df) for name, df in frames.items()}
    readme = data_dictionary_markdown(meta, version, counts, year=build_date.year, examples=example_ids(frames))
    queue = queue_markdown(curation_queue(frames["indicators"]))
    out["README.md"] = (readme.rstrip("\n") + "\n\n" + queue).encode("utf-8")
    listed = {p: b for p, b in {**files, **out}.items() if p not in ("SHA256SUMS", "index.html")}
    out["index.html"] = release_page(frames, version, build_date, listed, manifest).encode("utf-8")
    return out
