"""Publish a release: validate, compare with the latest release, write aside, rename into place.

Layout (see the dataset contract): output_dir/releases/<version>/{parquet,csv}/<table>.*,
datapackage.json, manifest.json, CHANGELOG.md, README.md, SHA256SUMS; output_dir/releases/LATEST.
A release appears whole or not at all and is never modified afterwards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines import config
from pipelines.release import tables_io
from pipelines.release.arrow_diff import diff_parquet
from pipelines.release.changelog import (
    changelog_markdown,
    changelog_section,
    TableDiff,
    diff_table,
    quarantine_markdown,
)
from pipelines.release.durable import fsync_dir as _fsync_dir
from pipelines.release.durable import set_writable as _set_writable
from pipelines.release.durable import write_bytes as _write_bytes
from pipelines.release.durable import write_latest
from pipelines.release.extras import QualityJob, release_extras, workbook_and_quality
from pipelines.release.lock import releases_lock
from pipelines.release.memory import release_freed_memory
from pipelines.release.parquet_tables import ParquetTables, row_counts, select
from pipelines.release.manifest import build_manifest, manifest_json, relative_paths
from pipelines.release.manifest import code_version as detect_code_version
from pipelines.release.recovery import check_release, listed_sums, remove_leftovers, repair_latest
from pipelines.release.staging import FileInfo, Staging, file_info
from pipelines.release.shrink import check_no_input_errors, check_no_shrinking
from pipelines.release.version import next_version, read_latest
from schemas.datapackage import datapackage
from schemas.dictionary import data_dictionary_markdown
from schemas.integrity import integrity_violations
from schemas.metadata import TABLE_NAMES, load_tables
from schemas.pandera_models import validate

# Set by the kill tests: called with each stage's name as publishing passes it.
STAGE_HOOK: Callable[[str], None] | None = None


class ReleaseCheckError(ValueError):
    """The tables break a cross-table rule (foreign keys, quotes) or hold no article; nothing was
    published."""


@dataclass(frozen=True)
class PublishResult:
    """Outcome: the version published (or the latest one, when nothing new was published), its
    directory, whether a new release was written, why, and what recovery repaired before."""

    version: str
    path: Path
    published: bool
    reason: str
    notes: tuple[str, ...] = ()  # what recovery repaired first (leftovers removed, LATEST rebuilt)


def sha256sums(files: dict[str, bytes | FileInfo]) -> str:
    """SHA256SUMS text for {relative path: bytes or FileInfo}: `<hex>  <path>` lines sorted by path."""
    return "".join(f"{file_info(data).sha256}  {path}\n" for path, data in sorted(files.items()))


def _stage(name: str) -> None:
    """Mark a publishing stage; the kill tests set ``STAGE_HOOK`` to die at a chosen one."""
    if STAGE_HOOK is not None:
        STAGE_HOOK(name)


def _write_latest(releases: Path, version: str) -> None:
    write_latest(releases, version, _stage)


def _write_tables(staging: Staging, frames: Mapping[str, pd.DataFrame], parquet: dict[str, bytes]) -> None:
    """Each table's Parquet file (made already, taken out of `parquet`) and CSV file (made now)
    into the staging folder; only their checksums are kept."""
    for name in list(frames):
        data = parquet.pop(name)
        staging.write(f"parquet/{name}.parquet", data)
        if isinstance(frames, ParquetTables):  # from the file, a batch of rows at a time
            staging.write_chunks(f"csv/{name}.csv", tables_io.csv_chunks_from_parquet(data, name))
        else:
            staging.write_chunks(f"csv/{name}.csv", tables_io.csv_chunks(frames[name], name))
        del data
        release_freed_memory()  # each table's cells go before the next table's are made


def _same_files(release_dir: Path, files: dict[str, FileInfo]) -> bool:
    """Whether every file of `files` is in the release with the same bytes (by the release's
    SHA256SUMS, verified just before)."""
    listed = listed_sums(release_dir)
    return all(listed.get(rel) == info.sha256 for rel, info in files.items())


def _serialise(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], dict[str, bytes]]:
    """The tables in canonical form sorted by primary key, and their Parquet files. Tables that
    cannot be made canonical or written are reported by their pandera models first (every failing
    row), when those fail."""
    if set(tables) != set(TABLE_NAMES):
        raise ValueError(f"need exactly the tables {list(TABLE_NAMES)}, got {sorted(tables)}")
    try:
        frames = {
            name: tables_io.sort_by_primary_key(tables_io.canonical_frame(tables[name], name), name)
            for name in TABLE_NAMES
        }
        return frames, {name: tables_io.parquet_bytes(df, name) for name, df in frames.items()}
    except (TypeError, ValueError):
        _validate(tables)
        raise


def _validate(
    tables: dict[str, pd.DataFrame], frames: dict[str, pd.DataFrame] | None = None, *, models: bool = True
) -> None:
    """Every table's pandera model (SchemaErrors listing every failing row; skipped when not
    `models`), then the cross-table rules on the canonical `frames` (ReleaseCheckError)."""
    for name in TABLE_NAMES if models else ():
        validate(name, tables[name])
    problems = integrity_violations(frames) if frames is not None else []
    if problems:
        raise ReleaseCheckError("; ".join(problems))


def publish_release(
    tables: dict[str, pd.DataFrame],
    output_dir: Path,
    *,
    build_date: dt.date,
    input_hashes: dict[str, str],
    checks: list[str],
    rejected_inputs: list[dict],
    code_version: str | None = None,
    input_dir: Path | None = None,
    lock_timeout: float | None = None,
    checked: bool = False,
) -> PublishResult:
    """Validate the tables and publish them as a new release under output_dir/releases.

    Takes {table name: DataFrame} in the canonical representation, the UTC build date, the build
    inputs' hashes {path: sha256}, the names of the checks passed and the rejected inputs (all
    recorded in manifest.json, with paths under `input_dir` (default: the raw folder) and
    `output_dir` made relative; `code_version` defaults to the git commit). Returns a
    PublishResult; published=False (nothing written) when the tables' Parquet and CSV bytes equal
    the latest release's.

    Under the releases lock (`lock_timeout` seconds at most, see lock.py) it first removes what a
    killed build left and repairs LATEST (recovery.py), verifies the previous release's
    SHA256SUMS (TamperedReleaseError) and refuses to drop a published article that is now set
    aside (ShrinkError). A rejected input of kind ``error`` (sources.csv missing or malformed)
    stops it before anything (InputError). Raises SchemaErrors / ReleaseCheckError on invalid or empty tables and
    FileExistsError if the version directory already exists; on any error nothing is left behind.
    `checked=True` says the caller's blocking checks ran the pandera models on these very tables
    (the build's ``core_tables`` checks): they are not run again; the cross-table rules are.
    Great Expectations validates in a process of its own while the tables' files are written.
    """
    check_no_input_errors(rejected_inputs)
    quality = QualityJob(build_date)  # its child imports Great Expectations meanwhile
    try:
        frames, parquet = _serialise(tables)
    except BaseException:
        quality.cancel()
        raise
    return _publish(
        frames,
        parquet,
        quality,
        output_dir,
        lambda: _validate(tables, frames, models=not checked),
        build_date=build_date,
        input_hashes=input_hashes,
        checks=checks,
        rejected_inputs=rejected_inputs,
        code_version=code_version,
        input_dir=input_dir,
        lock_timeout=lock_timeout,
    )


def publish_parquet(
    files: dict[str, bytes],
    output_dir: Path,
    *,
    build_date: dt.date,
    input_hashes: dict[str, str],
    checks: list[str],
    rejected_inputs: list[dict],
    code_version: str | None = None,
    input_dir: Path | None = None,
    lock_timeout: float | None = None,
) -> PublishResult:
    """``publish_release`` for tables given as their release Parquet files {table: bytes}, as
    ``tables_io.parquet_bytes`` writes them from canonical frames sorted by primary key (the
    build's ``core_tables`` output, ``assets.io_managers``), that the build's blocking checks
    passed (pandera models and cross-table rules: they are not run again). Each table is read
    only while publishing works on it (``ParquetTables``)."""
    if set(files) != set(TABLE_NAMES):
        raise ValueError(f"need exactly the tables {list(TABLE_NAMES)}, got {sorted(files)}")
    check_no_input_errors(rejected_inputs)
    quality = QualityJob(build_date)
    parquet = {name: files[name] for name in TABLE_NAMES}
    return _publish(
        ParquetTables(parquet),
        parquet,
        quality,
        output_dir,
        None,
        build_date=build_date,
        input_hashes=input_hashes,
        checks=checks,
        rejected_inputs=rejected_inputs,
        code_version=code_version,
        input_dir=input_dir,
        lock_timeout=lock_timeout,
    )


def _publish(
    frames: Mapping[str, pd.DataFrame],
    parquet: dict[str, bytes],
    quality: QualityJob,
    output_dir: Path,
    validate: Callable[[], None] | None,
    *,
    build_date: dt.date,
    rejected_inputs: list[dict],
    code_version: str | None,
    input_dir: Path | None,
    lock_timeout: float | None,
    **kw,
) -> PublishResult:
    """The common part of ``publish_release`` and ``publish_parquet``: Great Expectations gets
    the Parquet files (it starts once the previous release is known), `validate` runs, then
    ``_publish_locked``."""
    quality.use(parquet)
    releases = Path(output_dir) / "releases"
    try:
        if validate is not None:
            validate()
        release_freed_memory()
        roots = [Path(input_dir) if input_dir else config.raw_dir(), Path(output_dir)]
        return _publish_locked(
            frames,
            parquet,
            quality,
            releases,
            lock_timeout,
            build_date=build_date,
            rejected_inputs=relative_paths(list(rejected_inputs), roots),
            roots=roots,
            code_version=code_version if code_version is not None else detect_code_version(),
            **kw,
        )
    finally:
        quality.cancel()


def _previous_counts(prev_dir: Path | None) -> dict[str, int]:
    """{table: rows} of the previous release (none: a first release), from its Parquet footers."""
    if prev_dir is None:
        return {}
    paths = {name: prev_dir / "parquet" / f"{name}.parquet" for name in TABLE_NAMES}
    return {name: tables_io.parquet_rows(path) for name, path in paths.items() if path.is_file()}


def _publish_locked(
    frames: Mapping[str, pd.DataFrame],
    parquet: dict[str, bytes],
    quality: QualityJob,
    releases: Path,
    lock_timeout: float | None,
    **kw,
) -> PublishResult:
    """`publish_release` under the releases lock: recovery, the previous release's checks, the
    tables' files, then a new release unless they equal the latest one's."""
    with releases_lock(releases, lock_timeout):
        _stage("locked")
        notes = tuple(f"removed releases/{name}, left by an interrupted build" for name in remove_leftovers(releases))
        previous, repaired = repair_latest(releases, _stage)
        notes += tuple(repaired)
        _stage("recovered")
        prev_dir = releases / previous if previous else None
        version = next_version(releases, kw["build_date"])
        quality.start(version, _previous_counts(prev_dir))  # validates while the files are written
        if prev_dir is not None:
            check_release(prev_dir)
            check_no_shrinking(
                tables_io.read_release_table(prev_dir, "articles", ["article_id"]),
                select(frames, "articles", ["article_id"]),
                kw["rejected_inputs"],
                previous,
            )
        if row_counts(frames)["articles"] == 0:
            raise ReleaseCheckError(
                "no articles: refusing to publish an empty release (is articles/ in the input folder empty or missing?)"
            )
        with Staging(releases, version, _stage, lambda path, data: _write_bytes(path, data)) as staging:
            _write_tables(staging, frames, dict(parquet))
            release_freed_memory()
            if prev_dir is not None and _same_files(prev_dir, staging.files):
                return PublishResult(previous, prev_dir, False, f"tables equal to the latest release {previous}", notes)
            result = _publish_new(frames, staging, version, previous, (quality, parquet), **kw)
        return dataclasses.replace(result, notes=notes)


def _diff_previous(prev_dir: Path | None, frames: Mapping[str, pd.DataFrame]) -> dict[str, TableDiff]:
    """The CHANGELOG's diff of each table against the previous release (none: a first release).
    Tables given as Parquet files of the previous release's schema are compared in Arrow
    (``arrow_diff``); otherwise the previous tables are read one at a time, each dropped once
    diffed, so at most one of them is in memory."""
    diffs = {}
    for name in frames:
        path = prev_dir / "parquet" / f"{name}.parquet" if prev_dir else None
        if path is not None and path.is_file() and isinstance(frames, ParquetTables):
            fast = diff_parquet(path, frames.file(name), name)
            if fast is not None:
                diffs[name] = fast
                continue
        old = tables_io.read_release_table(prev_dir, name) if prev_dir and path and path.is_file() else None
        diffs[name] = diff_table(old, frames[name], name)
        del old
    return diffs


def _release_files(
    frames: Mapping[str, pd.DataFrame],
    staging: Staging,
    jobs: tuple[QualityJob, dict[str, bytes]],
    version: str,
    prev_dir: Path | None,
    build_date: dt.date,
    manifest: dict,
) -> dict[str, bytes]:
    """The files of the new release beside the tables' (already in `staging`): datapackage.json,
    manifest.json, CHANGELOG.md (the previous release's history kept below the new section),
    README.md, the extras (the workbook, made here from `jobs`' Parquet files, Great Expectations'
    quality/ folder from `jobs`' job, the page) and SHA256SUMS."""
    meta = load_tables()
    previous = prev_dir.name if prev_dir else None
    # while Great Expectations validates in its own process: the diffs (two versions of a table
    # at a time), then the workbook. What README.md and the page say of the tables is made after
    # it (in ``release_extras``): made beside it, it raised the add-one build's peak by about 60 MiB.
    diffs = _diff_previous(prev_dir, frames)
    release_freed_memory()
    made = workbook_and_quality(
        frames, version, build_date, previous_counts=_previous_counts(prev_dir), quality_job=jobs[0], parquet=jobs[1]
    )
    release_freed_memory()
    log = prev_dir / "CHANGELOG.md" if prev_dir else None
    prev_log = log.read_text(encoding="utf-8") if log and log.is_file() else None
    section = changelog_section(version, build_date, previous, diffs)
    section = section.rstrip("\n") + "\n" + quarantine_markdown(manifest.get("quarantined", []))
    files: dict[str, bytes] = {}
    files["datapackage.json"] = (json.dumps(datapackage(meta, version), indent=2, ensure_ascii=False) + "\n").encode(
        "utf-8"
    )
    files["manifest.json"] = manifest_json(manifest).encode("utf-8")
    files["CHANGELOG.md"] = changelog_markdown(section, prev_log).encode("utf-8")
    files["README.md"] = data_dictionary_markdown(meta, version, manifest["row_counts"], year=build_date.year).encode(
        "utf-8"
    )
    files.update(
        release_extras(
            frames,
            manifest,
            version,
            build_date,
            {**staging.files, **files},
            made=made,
        )
    )
    files["SHA256SUMS"] = sha256sums({**staging.files, **files}).encode("ascii")
    return files


def _publish_new(
    frames: Mapping[str, pd.DataFrame],
    staging: Staging,
    version: str,
    previous: str | None,
    jobs: tuple[QualityJob, dict[str, bytes]],
    *,
    build_date: dt.date,
    input_hashes: dict[str, str],
    checks: list[str],
    rejected_inputs: list[dict],
    roots: list[Path],
    code_version: str | None,
) -> PublishResult:
    releases = staging.dir.parent
    final = releases / version
    if final.exists():
        raise FileExistsError(f"release releases/{version} already exists; releases are never overwritten")
    manifest = build_manifest(
        version=version,
        build_date=build_date,
        input_hashes=input_hashes,
        row_counts=row_counts(frames),
        checks=checks,
        rejected_inputs=rejected_inputs,
        previous_version=previous,
        code_version=code_version,
        path_roots=roots,
    )
    prev_dir = releases / previous if previous else None
    files = _release_files(frames, staging, jobs, version, prev_dir, build_date, manifest)
    _write_and_rename(staging, version, files)
    return PublishResult(version, final, True, f"new release after {previous}" if previous else "first release")


def _write_and_rename(staging: Staging, version: str, files: dict[str, bytes]) -> None:
    """Write `files` into the staging folder (which holds the tables' files already), fsync, make
    read-only, rename it to releases/<version>, then point LATEST at it. On an error nothing stays
    behind (the caller's ``Staging`` removes the folder); a kill leaves at most a temp folder or an
    unnamed complete release, which the next build's recovery handles."""
    releases, tmp = staging.dir.parent, staging.dir
    final = releases / version
    renamed = False
    try:
        for rel, data in sorted(files.items()):
            staging.write(rel, data)
        for d in sorted({(tmp / rel).parent for rel in staging.files}, reverse=True):
            _fsync_dir(d)
        _set_writable(tmp, False)
        _stage("tmp_synced")
        if final.exists():
            raise FileExistsError(f"release releases/{version} already exists; releases are never overwritten")
        os.rename(tmp, final)
        renamed = True
        _stage("renamed")
        _fsync_dir(releases)
        _stage("dir_synced")
        _write_latest(releases, version)
        _stage("done")
    except BaseException:
        # A renamed release LATEST never named goes too (the temp folder goes with the Staging).
        if renamed and read_latest(releases) != version and final.exists():
            _set_writable(final, True)
            shutil.rmtree(final, ignore_errors=True)
        raise
