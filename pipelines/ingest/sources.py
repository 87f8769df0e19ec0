"""The input manifest ``raw/articles/sources.csv``: where each article came from.

Columns, all required in the header: ``article_id, source_url, publisher, retrieved_date``.
Rows are optional (an article without a row has no source), but the file itself must exist
and every row must be well formed. Problems are errors naming the file and the line:
a missing file, an undecodable file, a header lacking a column or naming an unknown one, a row
with the wrong number of fields, a malformed or repeated ``article_id``, a ``source_url`` that
is not an http(s) address, a ``retrieved_date`` that is not ``YYYY-MM-DD``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from pipelines.ingest.files import (
    ARTICLE_ID,
    SOURCES_NAME,
    UnsafeFileError,
    read_regular_file,
)

SOURCE_COLUMNS = ("article_id", "source_url", "publisher", "retrieved_date")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class SourceError:
    """One problem in the manifest: the line (1 = header; None = the whole file) and why."""

    line: int | None
    reason: str


def _check_url(url: str | None) -> str | None:
    if url is None:
        return None
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"source_url {url!r} is not an http(s) address"
    return None


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if _ISO_DATE.match(value):
            dt.date.fromisoformat(value)
            return None
    except ValueError:
        pass
    return f"retrieved_date {value!r} is not a date written YYYY-MM-DD"


def _row_problem(row: list[str], width: int, seen: Container[str]) -> str | None:
    if len(row) != width:
        return f"{len(row)} fields where the header has {width} (a comma in an unquoted field?)"
    aid = row[0].strip()
    if not ARTICLE_ID.match(aid):
        return f"article_id {aid!r} does not fit the rule {ARTICLE_ID.pattern}"
    if aid in seen:
        return f"article_id {aid!r} is listed twice"
    return None


def _records(reader, errors: list[SourceError]):
    """The reader's records; a record the csv module cannot parse becomes an error and ends it."""
    try:
        yield from reader
    except csv.Error as err:
        errors.append(SourceError(reader.line_num, f"cannot be parsed as CSV: {err}"))


def parse_sources(text: str) -> tuple[dict[str, dict], list[SourceError]]:
    """Manifest text -> ({article_id: row}, problems with their line numbers).

    >>> rows, errs = parse_sources("article_id,source_url,publisher,retrieved_date\\n"
    ...                            "a-1,https://baolongan.vn/x,,2024-05-03\\nB 2,,,\\n")
    >>> rows["a-1"]["source_url"], [(e.line, e.reason) for e in errs]
    ('https://baolongan.vn/x', [(3, "article_id 'B 2' does not fit the rule ^[a-z0-9][a-z0-9_-]{0,63}$")])
    """
    reader = csv.reader(io.StringIO(text.replace("\x00", "\ufffd"), newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as err:
        return {}, [SourceError(1, f"cannot be parsed as CSV: {err}")]
    missing = [c for c in SOURCE_COLUMNS if c not in header]
    unknown = [c for c in header if c not in SOURCE_COLUMNS]
    if missing or unknown or len(set(header)) != len(header):
        return {}, [SourceError(1, f"header must be {','.join(SOURCE_COLUMNS)}: lacks {missing}, unknown {unknown}")]
    rows: dict[str, dict] = {}
    errors: list[SourceError] = []
    for raw in _records(reader, errors):
        if not any(cell.strip() for cell in raw):
            continue
        problem = _row_problem(raw, len(header), rows)  # a dict: `in` is one look-up, not a copy of every id
        if problem is None:
            row = {k: (v.strip() or None) for k, v in zip(header, raw)}
            problem = _check_url(row["source_url"]) or _check_date(row["retrieved_date"])
        if problem:
            errors.append(SourceError(reader.line_num, problem))
            continue
        rows[str(row["article_id"])] = {c: row[c] for c in SOURCE_COLUMNS}
    return rows, errors


def read_sources(articles_dir: Path) -> tuple[dict[str, dict], list[SourceError]]:
    """``articles_dir/sources.csv`` -> ({article_id: row}, problems); a missing file is a problem."""
    path = articles_dir / SOURCES_NAME
    try:
        raw = read_regular_file(path)
    except FileNotFoundError:
        return {}, [
            SourceError(None, f"the input manifest is missing (header: {','.join(SOURCE_COLUMNS)}; rows optional)")
        ]
    except (UnsafeFileError, OSError) as err:
        return {}, [SourceError(None, f"cannot be read: {err.__class__.__name__}: {err.strerror or err}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return {}, [SourceError(None, f"not valid UTF-8 at byte {err.start}")]
    return parse_sources(text)
