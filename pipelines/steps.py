"""The build's steps as pure functions; the Dagster assets (``assets/``) call them, and so do the
evaluation command and the tests (through the same Dagster definitions, see ``pipelines.build``).

1. ``plan_batches``: list the raw articles and split them into stable batches (by a hash of
   the article id, so an article stays in its batch when others are added);
2. ``process_batch``: per article, ingest and rule-extract, or reuse the cached result
   (``pipelines.cache``); row-check the new rows and quarantine the articles that fail
   (``pipelines.quarantine``);
3. ``merge_batches``: all batches -> rows per table (one row per document and per body across
   the release) and the problems, checked against the quarantine limit;
4. ``curate``: the record-level overrides;
5. ``table_frames``: the contract tables as typed DataFrames.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from pipelines.assemble.documents import release_documents, unify_undated
from pipelines.cache import ArticleCache, article_key, extraction_salt
from pipelines.curation import overrides as ov
from pipelines.curation.lexicons import Lexicons
from pipelines.extract.article import extract_article
from pipelines.extract.indicators import unit_table
from pipelines.frames import to_frame
from pipelines.ingest import files
from pipelines.ingest.articles import read_article, read_sources
from pipelines.ingest.clean import ArticleError
from pipelines.quarantine import DataError, enforce_limit, problem, row_check

# Per article, the extractor gives these; documents are its mentions, made one row per document
# (and citations) across the release by ``pipelines.assemble.documents.release_documents``.
EXTRACTED = ("documents", "objectives", "indicators", "bodies", "assignments")
TABLES = ("provinces", "articles", "documents", "citations", "objectives", "indicators", "bodies", "assignments")
DEFAULT_BATCHES = 8

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchPlan:
    """The article files of one batch, their sources.csv rows, and the cache salt."""

    batch: str
    files: tuple[str, ...]
    sources: dict[str, dict]
    salt: str


@dataclass
class BatchResult:
    """Per article: its ``articles`` row and extracted rows; the problems; how many were cached."""

    results: dict[str, dict] = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)
    cached: int = 0


def batch_of(article_id: str, n_batches: int) -> int:
    """The stable batch of an article: a hash of its id modulo the number of batches.

    >>> batch_of("longan-2024-qd4192", 8) == batch_of("longan-2024-qd4192", 8)
    True
    """
    return int(hashlib.sha256(article_id.encode()).hexdigest()[:8], 16) % n_batches


def _entries(articles_dir: Path) -> tuple[list[str], list[dict]]:
    """The article files to read, and the entries refused (not an article file), as ingest
    decides them (``pipelines.ingest.files``)."""
    names, problems = [], []
    for entry in files.list_entries(articles_dir):
        if entry.name in files.KNOWN_MANIFESTS and not files.refusal_of_manifest(entry):
            continue
        why = files.refusal(entry)
        if why:
            problems.append(problem(None, "refused", why, file=f"{articles_dir.name}/{entry.name}"))
        else:
            names.append(entry.name)
    return names, problems


def plan_batches(
    articles_dir: Path, curation_dir: Path, n_batches: int = DEFAULT_BATCHES
) -> tuple[list[BatchPlan], list[dict]]:
    """The article files of ``articles_dir`` in ``n_batches`` stable batches (empty ones left
    out), and the problems found before reading any article: ``sources.csv`` errors, refused
    entries, sources rows without a file."""
    if not articles_dir.is_dir() or articles_dir.is_symlink():
        return [], [problem(None, "error", "the articles folder is missing or not a folder", file=articles_dir.name)]
    sources, errors = read_sources(articles_dir)
    problems = [
        problem(None, "error", e.reason, file=f"{articles_dir.name}/{files.SOURCES_NAME}", line=e.line) for e in errors
    ]
    names, refused = _entries(articles_dir)
    problems += refused
    stems = {f[:-4] for f in names}
    for aid in sorted(set(sources) - stems):
        problems.append(
            problem(
                aid,
                "refused",
                f"sources.csv lists {aid!r} but there is no article file {aid}.txt",
                file=f"{articles_dir.name}/{files.SOURCES_NAME}",
            )
        )
    salt = extraction_salt(curation_dir)
    groups: dict[int, list[str]] = {}
    for f in names:
        groups.setdefault(batch_of(f[:-4], n_batches), []).append(f)
    width = len(str(n_batches - 1))
    plans = [
        BatchPlan(f"{b:0{width}d}", tuple(fs), {f[:-4]: sources[f[:-4]] for f in fs if f[:-4] in sources}, salt)
        for b, fs in sorted(groups.items())
    ]
    return plans, problems


def _reason(err: Exception, name: str) -> str:
    text = str(err)
    return text[len(name) + 2 :] if text.startswith(f"{name}: ") else text


def _ingest_and_extract(path: Path, source: dict | None, lex: Lexicons, units) -> dict:
    """One file -> {"article", "rows"} or {"problem"}; only data errors become a problem."""
    aid, file = path.stem, f"{path.parent.name}/{path.name}"
    try:
        article = read_article(path, source, lex)
    except ArticleError as err:
        return {
            "problem": problem(aid if err.kind == "quarantined" else None, err.kind, _reason(err, path.name), file=file)
        }
    except OSError as err:
        return {
            "problem": problem(aid, "quarantined", f"cannot be read: {err.strerror or type(err).__name__}", file=file)
        }
    try:
        rows = extract_article(article, lex, units)
    except DataError as err:
        return {"problem": problem(aid, "quarantined", f"extraction: {err}", file=file)}
    return {"article": article, "rows": {t: rows.get(t, []) for t in EXTRACTED}}


def _key(path: Path, source: dict | None, salt: str) -> str | None:
    """The cache key of an article file, or None when it is not cacheable (too large, unsafe,
    unreadable: ``read_article`` then reports it)."""
    try:
        limit = files.max_article_bytes()
        if files.list_entry(path).size > limit:
            return None
        return article_key(files.read_regular_file(path, limit), source, salt)
    except OSError:
        return None


def process_batch(
    articles_dir: Path, plan: BatchPlan, lex: Lexicons, cache: ArticleCache, progress: Progress | None = None
) -> BatchResult:
    """Ingest and extract the articles of one batch, reusing cached results.

    New results are row-checked together (pandera models); an article with failing rows is
    quarantined with them. Every new result with a cache key (quarantined or not) is cached.
    """
    out, fresh = BatchResult(), {}
    keys: dict[str, str | None] = {}
    units = None
    for done, name in enumerate(plan.files, start=1):
        path, aid = articles_dir / name, name[:-4]
        keys[aid] = _key(path, plan.sources.get(aid), plan.salt)
        key = keys[aid]
        hit = cache.get(key) if key else None
        if hit is None:
            units = units or unit_table(lex)
            fresh[aid] = _ingest_and_extract(path, plan.sources.get(aid), lex, units)
        else:
            out.cached += 1
            _keep(out, aid, hit)
        if progress and (done % 250 == 0 or done == len(plan.files)):
            progress(done, len(plan.files))
    _check_fresh(fresh)
    for aid, res in fresh.items():
        key = keys[aid]
        if key:
            cache.put(key, res)
        _keep(out, aid, res)
    return out


def _keep(out: BatchResult, aid: str, res: dict) -> None:
    if "problem" in res:
        out.problems.append(res["problem"])
    else:
        out.results[aid] = res


def _check_fresh(fresh: dict[str, dict]) -> None:
    """Quarantine (in place) the fresh results whose rows fail a row-level check."""
    extracted = {aid: res for aid, res in fresh.items() if "problem" not in res}
    if not extracted:
        return
    for aid, cases in row_check(extracted, EXTRACTED).items():
        fresh[aid] = {
            "problem": problem(
                aid or None, "quarantined", f"{len(cases)} row(s) fail a row-level check", failing_rows=cases
            )
        }


def _one_per_key(rows: list[dict], key: str) -> list[dict]:
    """The first row of each ``key`` value, in order (one row per body across the release)."""
    seen: dict = {}
    for r in rows:
        seen.setdefault(r[key], r)
    return list(seen.values())


def merge_batches(batches: list[BatchResult], plan_problems: list[dict]) -> tuple[dict[str, list[dict]], list[dict]]:
    """All batches -> (rows per table, including ``articles``; problems), in article-id order.

    Raises ``QuarantineLimitError`` when too many articles were quarantined.
    """
    results = {aid: res for b in batches for aid, res in b.results.items()}
    rows: dict[str, list[dict]] = {t: [] for t in ("articles", *EXTRACTED)}
    # the ordering release_documents relies on (article id, then position) holds here
    for aid in sorted(results):
        rows["articles"].append(results[aid]["article"])
        for t in EXTRACTED:
            rows[t].extend(results[aid]["rows"][t])
    unify_undated(rows)
    rows["documents"], rows["citations"] = release_documents(rows["documents"])
    rows["bodies"] = _one_per_key(rows["bodies"], "body_id")
    problems = plan_problems + sorted((p for b in batches for p in b.problems), key=lambda p: p["file"])
    enforce_limit(len(results), problems)
    return rows, problems


def curate(
    rows: dict[str, list[dict]], overrides: list[ov.Override], lex: Lexicons, problems: list[dict]
) -> tuple[dict[str, list[dict]], list[str]]:
    """Apply the overrides whose article was kept -> (curated rows, ids of overrides skipped
    because their article was set aside; an override of an unknown article fails)."""
    applicable, skipped = ov.for_kept_articles(overrides, rows["articles"], problems)
    return ov.apply_overrides(rows, applicable, lex), skipped


def provinces_rows(lex: Lexicons) -> list[dict]:
    """The ``provinces`` reference table from the curated provinces table."""
    cols = ["province_code", "name_vi", "name_ascii", "region", "successor_code", "successor_name_vi"]
    return [{c: r[c] for c in cols} for r in lex.tables["provinces.csv"].to_dict("records")]


def table_frames(rows: dict[str, list[dict]], lex: Lexicons) -> dict[str, pd.DataFrame]:
    """Rows per table -> the contract tables as typed DataFrames (provinces from ``lex``)."""
    return {t: to_frame(t, provinces_rows(lex) if t == "provinces" else rows[t]) for t in TABLES}
