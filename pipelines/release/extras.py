"""The release files made for people, beside the tables: the workbook, the `quality/` folder
(Great Expectations results and Data Docs), the release page `index.html`, and the README.md
with real example ids. While Great Expectations validates, `publish.py` makes the CHANGELOG's
diffs and the workbook; then it waits for the validation, then the rest, before SHA256SUMS is
computed:

    made = workbook_and_quality(frames, version, build_date, previous_counts=counts, quality_job=job, parquet=files)
    extras = release_extras(frames, manifest, version, build_date, listed, made=made)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.evaluate.curation_queue import curation_queue, queue_markdown
from pipelines.quality.docs import quality_files
from pipelines.quality.run import QualityResults, release_quality, validate_tables
from pipelines.quality.suites import release_specs
from pipelines.release.forked import Forked
from pipelines.release.page import release_page
from pipelines.release.parquet_tables import row_counts, select
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


def example_ids(frames: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """One real primary key per non-empty table (the first by primary key; for indicators a coded
    one when there is one)."""
    out = {}
    for name, table in load_tables().items():
        if name not in frames:
            continue
        df = select(frames, name, [table.primary_key[0], *(["indicator_code"] if name == "indicators" else [])])
        if df.empty:
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

    def __init__(self, fn, build_date: dt.date, preload: tuple[str, ...] = (), fresh: bool = True) -> None:
        self._fn, self._date = fn, build_date
        self._files: dict[str, bytes] = {}
        self._key: tuple | None = None
        self._job: Forked | None = None
        self._warm: Forked | None = Forked.warm(*preload, fresh=fresh) if preload else None

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


class QualityJob(_ReleaseJob):
    """Great Expectations' validation and Data Docs of a release (``quality_from_parquet``), in a
    child forked as soon as the job is made (sharing the caller's pandas and pyarrow) that starts
    importing Great Expectations at once: ``use(parquet)``, then ``start(version,
    previous_counts)``; ``result()`` is (failure lines, `quality/` files)."""

    def __init__(self, build_date: dt.date):
        super().__init__(quality_from_parquet, build_date, preload=("great_expectations", __name__), fresh=False)

    def start(self, version: str, previous_counts: dict[str, int] | None = None) -> None:  # type: ignore[override]
        super().start(version, dict(sorted((previous_counts or {}).items())))


def _outcome(quality: QualityResults, version: str, build_date: dt.date) -> tuple[list[str], dict[str, bytes]]:
    """(the failure lines, no files) when an expectation failed, else (none, the `quality/` files)."""
    if not quality.success:
        return [f.line() for f in quality.failures], {}
    return [], quality_files(quality, version, build_date)


def _quality(
    frames: Mapping[str, pd.DataFrame],
    version: str,
    build_date: dt.date,
    previous_counts: dict[str, int] | None,
    job: QualityJob | None,
) -> tuple[list[str], dict[str, bytes]]:
    """(failure lines, `quality/` files) from the job, or from a validation run here."""
    if job is not None:
        return job.result()
    return _outcome(release_quality(dict(frames), previous_counts or None), version, build_date)


def workbook_and_quality(
    frames: Mapping[str, pd.DataFrame],
    version: str,
    build_date: dt.date,
    *,
    previous_counts: dict[str, int] | None = None,
    quality_job: QualityJob | None = None,
    parquet: dict[str, bytes] | None = None,
) -> dict[str, bytes]:
    """{path: bytes} of the workbook and the `quality/` files of release `version`. The workbook
    is made here, from the tables' Parquet files `parquet` {table: bytes} when given (a batch at
    a time), else from `frames`, while `quality_job` validates them in its own process (started
    by the caller with the same `previous_counts`, the floor the expectations hold the new row
    counts to); without a job they are validated here, after. Raises QualityCheckError when an
    expectation fails: nothing is to be published."""
    try:
        if parquet is not None:
            book = workbook_from_parquet({f"parquet/{n}.parquet": b for n, b in parquet.items()}, version, build_date)
        else:
            book = workbook_bytes(frames, version, build_date)
        out = {workbook_name(version): book}
        del book
        failures, quality_out = _quality(frames, version, build_date, previous_counts, quality_job)
        if failures:
            raise QualityCheckError("; ".join(failures))
    finally:
        if quality_job is not None:
            quality_job.cancel()
    out.update(quality_out)
    return out


_QUEUE_COLUMNS = ["indicator_code", "label_vi", "article_id", "quote"]  # what the curation queue reads


def release_extras(
    frames: Mapping[str, pd.DataFrame],
    manifest: dict,
    version: str,
    build_date: dt.date,
    files: dict[str, bytes | FileInfo],
    *,
    made: dict[str, bytes] | None = None,
    previous_counts: dict[str, int] | None = None,
) -> dict[str, bytes]:
    """{path: bytes} of the workbook and `quality/*` (`made` by ``workbook_and_quality``, or made
    now with `previous_counts`), README.md (replacing the one without examples) and `index.html`
    (listing `files` and these with their sizes and checksums) for release `version`. Raises
    QualityCheckError when an expectation fails."""
    out = (
        dict(made)
        if made is not None
        else workbook_and_quality(frames, version, build_date, previous_counts=previous_counts)
    )
    counts = row_counts(frames)
    readme = data_dictionary_markdown(
        load_tables(), version, counts, year=build_date.year, examples=example_ids(frames)
    )
    queue = queue_markdown(curation_queue(select(frames, "indicators", _QUEUE_COLUMNS)))
    out["README.md"] = (readme.rstrip("\n") + "\n\n" + queue).encode("utf-8")
    listed = {p: b for p, b in {**files, **out}.items() if p not in ("SHA256SUMS", "index.html")}
    out["index.html"] = release_page(frames, version, build_date, listed, manifest).encode("utf-8")
    return out
