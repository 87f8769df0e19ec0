"""Publish a release: validate, compare with the latest release, write aside, rename into place.

Layout (see the dataset contract): output_dir/releases/<version>/{parquet,csv}/<table>.*,
datapackage.json, manifest.json, CHANGELOG.md, README.md, SHA256SUMS; output_dir/releases/LATEST.
A release appears whole or not at all and is never modified afterwards.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines.release import tables_io
from pipelines.release.changelog import changelog_markdown, changelog_section, diff_tables
from pipelines.release.extras import release_extras
from pipelines.release.manifest import build_manifest, code_version as detect_code_version, manifest_json
from pipelines.release.version import next_version, read_latest
from schemas.datapackage import datapackage
from schemas.dictionary import data_dictionary_markdown
from schemas.integrity import integrity_violations
from schemas.metadata import TABLE_NAMES, load_tables
from schemas.pandera_models import validate


class ReleaseCheckError(ValueError):
    """The tables break a cross-table rule (foreign keys, quotes); nothing was published."""


@dataclass(frozen=True)
class PublishResult:
    """Outcome: the version published (or the latest one, when nothing new was published), its
    directory, whether a new release was written, and why."""

    version: str
    path: Path
    published: bool
    reason: str


def sha256sums(files: dict[str, bytes]) -> str:
    """SHA256SUMS text for {relative path: bytes}: `<hex>  <path>` lines sorted by path."""
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {path}\n" for path, data in sorted(files.items()))


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _set_writable(root: Path, writable: bool) -> None:
    for p in root.rglob("*"):
        if p.is_file():
            mode = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
            os.chmod(p, mode | stat.S_IWUSR if writable else mode)


def _write_latest(releases: Path, version: str) -> None:
    tmp = releases / f".LATEST.tmp-{os.getpid()}"
    try:
        _write_bytes(tmp, f"{version}\n".encode("ascii"))
        os.replace(tmp, releases / "LATEST")
        _fsync_dir(releases)
    finally:
        tmp.unlink(missing_ok=True)


def _table_files(frames: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    files = {}
    for name, df in frames.items():
        files[f"parquet/{name}.parquet"] = tables_io.parquet_bytes(df, name)
        files[f"csv/{name}.csv"] = tables_io.csv_bytes(df, name)
    return files


def _same_files(release_dir: Path, files: dict[str, bytes]) -> bool:
    return all((release_dir / rel).is_file() and (release_dir / rel).read_bytes() == data for rel, data in files.items())


def _check(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    if set(tables) != set(TABLE_NAMES):
        raise ValueError(f"need exactly the tables {list(TABLE_NAMES)}, got {sorted(tables)}")
    for name in TABLE_NAMES:
        validate(name, tables[name])  # raises pandera SchemaErrors listing every failing row
    frames = {name: tables_io.sort_by_primary_key(tables_io.canonical_frame(tables[name], name), name) for name in TABLE_NAMES}
    problems = integrity_violations(frames)
    if problems:
        raise ReleaseCheckError("; ".join(problems))
    return frames


def publish_release(
    tables: dict[str, pd.DataFrame],
    output_dir: Path,
    *,
    build_date: dt.date,
    input_hashes: dict[str, str],
    checks: list[str],
    rejected_inputs: list[dict],
    code_version: str | None = None,
) -> PublishResult:
    """Validate the seven tables and publish them as a new release under output_dir/releases.

    Takes {table name: DataFrame} in the canonical representation, the UTC build date, the build
    inputs' hashes {path: sha256}, the names of the checks passed and the rejected inputs (all
    recorded in manifest.json; `code_version` defaults to the git commit). Returns a
    PublishResult; published=False (nothing written) when the tables' Parquet and CSV bytes equal
    the latest release's. Raises SchemaErrors / ReleaseCheckError on invalid tables and
    FileExistsError if the version directory already exists; on any error nothing is left behind.
    """
    frames = _check(tables)
    files = _table_files(frames)
    releases = Path(output_dir) / "releases"
    releases.mkdir(parents=True, exist_ok=True)

    previous = read_latest(releases)
    prev_dir = releases / previous if previous else None
    if prev_dir is not None:
        if not prev_dir.is_dir():
            raise FileNotFoundError(f"LATEST names {previous}, but {prev_dir} does not exist")
        if _same_files(prev_dir, files):
            return PublishResult(previous, prev_dir, False, f"tables equal to the latest release {previous}")

    version = next_version(releases, build_date)
    final = releases / version
    if final.exists():
        raise FileExistsError(f"release {final} already exists; releases are never overwritten")

    meta = load_tables()
    row_counts = {name: len(df) for name, df in frames.items()}
    old = {n: tables_io.read_release_table(prev_dir, n) for n in TABLE_NAMES
           if (prev_dir / "parquet" / f"{n}.parquet").is_file()} if prev_dir else None
    prev_log = (prev_dir / "CHANGELOG.md").read_text(encoding="utf-8") if prev_dir and (prev_dir / "CHANGELOG.md").is_file() else None
    section = changelog_section(version, build_date, previous, diff_tables(old, frames))
    manifest = build_manifest(
        version=version, build_date=build_date, input_hashes=input_hashes, row_counts=row_counts,
        checks=checks, rejected_inputs=rejected_inputs, previous_version=previous,
        code_version=code_version if code_version is not None else detect_code_version(),
    )
    package = datapackage(meta, version)
    files["datapackage.json"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files["manifest.json"] = manifest_json(manifest).encode("utf-8")
    files["CHANGELOG.md"] = changelog_markdown(section, prev_log).encode("utf-8")
    files["README.md"] = data_dictionary_markdown(meta, version, row_counts, year=build_date.year).encode("utf-8")
    files.update(release_extras(frames, manifest, version, build_date, files, previous=old))
    files["SHA256SUMS"] = sha256sums(files).encode("ascii")

    tmp = releases / f".tmp-{version}-{os.getpid()}"
    renamed = False
    try:
        tmp.mkdir()
        for rel, data in sorted(files.items()):
            _write_bytes(tmp / rel, data)
        for d in (tmp / "parquet", tmp / "csv", tmp):
            _fsync_dir(d)
        _set_writable(tmp, False)
        if final.exists():
            raise FileExistsError(f"release {final} already exists; releases are never overwritten")
        os.rename(tmp, final)
        renamed = True
        _fsync_dir(releases)
        _write_latest(releases, version)
    except BaseException:
        # Nothing half-done stays: the temp dir goes, and a renamed release LATEST never named too.
        for leftover in [tmp] + ([final] if renamed and read_latest(releases) != version else []):
            if leftover.exists():
                _set_writable(leftover, True)
                shutil.rmtree(leftover, ignore_errors=True)
        raise
    return PublishResult(version, final, True, f"new release after {previous}" if previous else "first release")
