"""Validate a downloaded release folder, with no `raw/`: what `plandata validate` runs.

In order: the files (every expected file present, SHA256SUMS matches every file and lists them
all), the data package (frictionless, on the CSV files), the CSV files against the Parquet files
(cell by cell, by primary key), every table's schema (pandera, from `schemas/`), the cross-table
rules (keys resolve, quote == articles.text[char_start:char_end]) and the Great Expectations
suites. Every problem is a `Failure` naming the table (or file), the row id, the column and the
rule, e.g. `indicators row longan-2024-qd4192-ind-283bf71769 column quote: quote is not
articles.text[char_start:char_end]`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pandas as pd

from pipelines.quality.run import Failure, release_quality
from pipelines.release import tables_io
from schemas.integrity import integrity_violations
from schemas.metadata import SCHEMA_VERSION, load_tables

META_FILES = (
    "datapackage.json",
    "manifest.json",
    "SHA256SUMS",
    "CHANGELOG.md",
    "README.md",
    "index.html",
    "quality/index.html",
)
_INTEGRITY = re.compile(r"^(\w+)\[([^\]]*)\](?:\.(\w+))?:? ?(.*)$", re.DOTALL)


def expected_files(version: str) -> list[str]:
    """Paths every release of this schema holds (tables in Parquet and CSV, metadata, workbook)."""
    tables = [f"{kind}/{name}.{kind}" for name in load_tables() for kind in ("parquet", "csv")]
    return tables + list(META_FILES) + [f"plandata-{version}.xlsx"]


def file_failures(release: Path, version: str) -> list[Failure]:
    """Missing files, files whose SHA-256 differs from SHA256SUMS, and files SHA256SUMS omits."""
    out = [Failure(f"file {p}", None, None, "missing") for p in expected_files(version) if not (release / p).is_file()]
    sums = release / "SHA256SUMS"
    if not sums.is_file():
        return out
    listed: dict[str, str] = {}
    for n, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or not re.fullmatch(r"[0-9a-f]{64}", digest):
            out.append(Failure("file SHA256SUMS", f"line {n}", None, "not `<sha256>  <path>`"))
            continue
        listed[path.lstrip("*")] = digest
    for path, digest in sorted(listed.items()):
        p = release / path
        if not p.is_file():
            out.append(Failure(f"file {path}", None, None, "listed in SHA256SUMS but missing"))
        elif hashlib.sha256(p.read_bytes()).hexdigest() != digest:
            out.append(Failure(f"file {path}", None, None, "SHA-256 differs from SHA256SUMS (file changed)"))
    present = {str(p.relative_to(release)) for p in release.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    out += [Failure(f"file {p}", None, None, "not listed in SHA256SUMS") for p in sorted(present - set(listed))]
    return out


def _row_id(cells: list, pk_index: int | None) -> str | None:
    if pk_index is None or not cells or pk_index >= len(cells):
        return None
    return str(cells[pk_index])


def datapackage_failures(release: Path) -> list[Failure]:
    """Errors frictionless finds in `datapackage.json` and the CSV files it describes."""
    import frictionless

    if not (release / "datapackage.json").is_file():
        return []
    tables = load_tables()
    report = frictionless.validate(str(release / "datapackage.json"))
    out = []
    for task in report.tasks:
        name = task.name or "datapackage"
        table = tables.get(name)
        pk_index = table.columns.index(table.primary_key[0]) if table else None
        for err in task.errors:
            row = _row_id(getattr(err, "cells", None) or [], pk_index)
            if row is None and getattr(err, "row_number", None):
                row = f"#{err.row_number}"
            out.append(Failure(name, row, getattr(err, "field_name", None), f"data package: {err.type}: {err.note}"))
    out += [Failure("datapackage", None, None, f"data package: {e.type}: {e.note}") for e in report.errors]
    return out


def load_release(release: Path) -> dict[str, pd.DataFrame]:
    """Every table of the schema whose Parquet file is present, canonical dtypes."""
    return {
        name: tables_io.read_release_table(release, name)
        for name in load_tables()
        if (release / "parquet" / f"{name}.parquet").is_file()
    }


def csv_failures(release: Path, frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """CSV cells that differ from the Parquet table's (by primary key), and rows only in one of them."""
    out = []
    for name, df in frames.items():
        path = release / "csv" / f"{name}.csv"
        if not path.is_file():
            continue
        table = load_tables()[name]
        pk = table.primary_key[0]
        try:
            expected = dict(zip(df[pk].astype(str), tables_io.csv_cells(df, table)))
        except (TypeError, ValueError, KeyError) as exc:
            out.append(Failure(name, None, None, f"parquet table cannot be written as CSV: {exc}"))
            continue
        out += _csv_diff(name, table.columns, path.read_text(encoding="utf-8"), expected)
    return out


def _csv_diff(name: str, columns: list[str], text: str, expected: dict[str, tuple[str, ...]]) -> list[Failure]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != columns:
        return [Failure(name, None, None, f"csv header is not {columns}")]
    out, seen = [], set()
    for cells in rows[1:]:
        key = cells[0] if cells else ""
        seen.add(key)
        want = expected.get(key)
        if want is None:
            out.append(Failure(name, key, None, "row in csv but not in parquet"))
            continue
        for col, got, exp in zip(columns, cells, [_unquote(c) for c in want]):
            if got != exp:
                out.append(Failure(name, key, col, "csv differs from parquet", f"csv {got!r}, parquet {exp!r}"))
    out += [Failure(name, key, None, "row in parquet but not in csv") for key in sorted(set(expected) - seen)]
    return out


def _unquote(cell: str) -> str:
    return cell[1:-1].replace('""', '"') if cell.startswith('"') else cell


def schema_failures(frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """Pandera failures of every table, one per (row, column, check)."""
    import pandera.pandas as pa

    from schemas.pandera_models import failure_table, validate

    out = []
    for name, df in frames.items():
        pk = load_tables()[name].primary_key[0]
        try:
            validate(name, df)
        except pa.errors.SchemaErrors as err:
            for r in failure_table(err).itertuples(index=False):
                row = None
                if r.index is not None and not pd.isna(r.index) and pk in df.columns and int(r.index) < len(df):
                    row = str(df[pk].iloc[int(r.index)])
                col = None if r.column is None or pd.isna(r.column) else str(r.column)
                value = None if r.failure_case is None or pd.isna(r.failure_case) else repr(r.failure_case)
                out.append(Failure(name, row, col, f"schema: {r.check}", value))
    return out


def integrity_failures(frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """Keys that do not resolve and quotes that are not their span, one per row."""
    if "articles" not in frames:
        return [Failure("articles", None, None, "table missing: quotes cannot be checked")]
    out = []
    for msg in integrity_violations(frames):
        m = _INTEGRITY.match(msg)
        if not m:
            out.append(Failure("release", None, None, msg))
            continue
        table, key, column, rest = m.groups()
        if column is None and rest.startswith("quote"):
            span = re.search(r"!= articles\.text\[(\d+):(\d+)\]", rest)
            where = f"[{span.group(1)}:{span.group(2)}]" if span else "[char_start:char_end]"
            column, rest = "quote", f"quote is not articles.text{where} of its article"
        out.append(Failure(table, key, column, rest))
    return out


def manifest_failures(release: Path, frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """The manifest's schema version against this validator's, and its row counts against the tables."""
    path = release / "manifest.json"
    if not path.is_file():
        return []
    manifest = json.loads(path.read_text(encoding="utf-8"))
    out = []
    if str(manifest.get("schema_version", "")).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        out.append(
            Failure(
                "file manifest.json",
                None,
                "schema_version",
                f"release schema {manifest.get('schema_version')} is not this validator's {SCHEMA_VERSION}",
            )
        )
    for name, n in sorted((manifest.get("row_counts") or {}).items()):
        if name in frames and len(frames[name]) != n:
            out.append(Failure(name, None, None, f"manifest says {n} rows, table has {len(frames[name])}"))
    return out


def check_release(release: Path, *, run_gx: bool = True) -> list[Failure]:
    """Every failure of the release folder `release` (empty list: the release holds)."""
    release = Path(release)
    version = release.resolve().name
    out = file_failures(release, version) + datapackage_failures(release)
    frames = load_release(release)
    out += manifest_failures(release, frames) + csv_failures(release, frames) + schema_failures(frames)
    if set(frames) == set(load_tables()):
        out += integrity_failures(frames)
        if run_gx:
            out += release_quality(frames).failures
    return out
