"""Articles set aside so one bad article never blocks the others (contract 2).

An article is quarantined when its input cannot be read or when its rows fail a row-level check
(the pandera models of ``schemas/``, run on that article's rows). Only data errors quarantine:
``DataError`` (and ingest's ``ArticleError``) are the exceptions a step may turn into a
quarantine entry; any other exception is a bug and fails the build. A share of quarantined
articles above ``PLANDATA_MAX_QUARANTINE_SHARE`` (default 0.05) fails the build too.

A problem is a dict: ``file`` (``articles/x.txt``), ``line``, ``article_id``, ``kind``
(``quarantined``: counts toward the limit; ``refused``: an input the build does not read, e.g.
a malformed ``sources.csv`` row; ``error``: fails the build), ``reason`` and, for rows that
failed a check, ``failing_rows``.
"""

from __future__ import annotations

import os

from pipelines.release.shrink import check_no_input_errors
from pipelines.frames import to_frame
from schemas.failures import validate_failures
from schemas.metadata import load_tables

DEFAULT_MAX_SHARE = 0.05
# Checks that compare rows with each other: they are release-level, not one article's fault.
_ACROSS_ROWS = ("unique", "body_code_province_unique")


class DataError(ValueError):
    """An input that the rules cannot turn into valid rows; the article is quarantined."""


class QuarantineLimitError(RuntimeError):
    """More articles were quarantined than the configured share allows; nothing is published."""


def problem(
    article_id: str | None,
    kind: str,
    reason: str,
    *,
    file: str | None = None,
    line: int | None = None,
    failing_rows: list[dict] | None = None,
) -> dict:
    """One problem entry (see module docstring); ``file`` defaults to ``articles/<id>.txt``."""
    entry: dict = {
        "file": file or f"articles/{article_id}.txt",
        "line": line,
        "article_id": article_id,
        "kind": kind,
        "reason": reason,
    }
    if failing_rows:
        entry["failing_rows"] = failing_rows
    return entry


def _is_row_level(check: str) -> bool:
    return not any(word in check for word in _ACROSS_ROWS)


def _failures(table: str, rows: list[dict], owners: dict) -> dict[str, list[dict]]:
    """{article_id: failing rows} for the row-level pandera failures of ``rows``."""
    out: dict[str, list[dict]] = {}
    for f in validate_failures(table, to_frame(table, rows), row_level=True):
        if f.row_id is None or not _is_row_level(f.rule):
            continue
        out.setdefault(f.article_id or owners.get(f.row_id, ""), []).append(f.as_dict())
    return out


def row_check(results: dict[str, dict], tables: tuple[str, ...]) -> dict[str, list[dict]]:
    """Run the pandera models on the rows of several articles at once.

    Takes {article_id: {"article": row, "rows": {table: [row, ...]}}} and returns
    {article_id: failing rows} for the articles with at least one row-level failure.
    """
    failing: dict[str, list[dict]] = {}
    for table in ("articles", *tables):
        pk = load_tables()[table].primary_key[0]
        rows: list[dict] = []
        owners: dict = {}
        for aid, res in results.items():
            mine = [res["article"]] if table == "articles" else res["rows"][table]
            rows += mine
            owners.update({str(r.get(pk)): aid for r in mine})
        for aid, cases in _failures(table, rows, owners).items():
            failing.setdefault(aid, []).extend(cases)
    return failing


def max_share() -> float:
    """The configured limit (``PLANDATA_MAX_QUARANTINE_SHARE``, default 0.05)."""
    return float(os.environ.get("PLANDATA_MAX_QUARANTINE_SHARE") or DEFAULT_MAX_SHARE)


def enforce_limit(kept: int, problems: list[dict], limit: float | None = None) -> float:
    """Raise ``QuarantineLimitError`` when the quarantined share of the articles exceeds
    ``limit``, or ``InputError`` when a problem is of kind ``error``; returns the share."""
    limit = max_share() if limit is None else limit
    check_no_input_errors(problems)  # an input of kind "error" stops the build, naming file:line
    quarantined = sum(p["kind"] == "quarantined" for p in problems)
    share = quarantined / (kept + quarantined) if kept + quarantined else 0.0
    if share > limit:
        raise QuarantineLimitError(
            f"{quarantined} of {kept + quarantined} articles quarantined ({share:.1%}), above the limit "
            f"{limit:.1%} (PLANDATA_MAX_QUARANTINE_SHARE): "
            + "; ".join(f"{p['file']}: {p['reason']}" for p in problems if p["kind"] == "quarantined")
        )
    return share
