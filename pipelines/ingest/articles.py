"""Raw article files and their sources manifest -> ``articles`` rows, and problems.

``read_articles(articles_dir, lex)`` returns ``(rows, problems)``. Every entry of the folder is
accounted for: read as an article, or reported as a problem. A problem is a dict with
``file`` (relative to the raw folder, e.g. ``articles/x.txt``; never an absolute path),
``line`` (int or None), ``article_id`` (str or None), ``kind`` and ``reason``:

- ``quarantined``: an article set aside (too large, undecodable, empty after chrome removal);
  counts toward the build's quarantine limit;
- ``refused``: an entry that is not an article (other extension, bad id, folder, symbolic
  link, pipe, device, hidden file), or a manifest row naming no article file; reported only;
- ``error``: the build must fail (``sources.csv`` missing or malformed, the folder missing).

Each problem also carries ``error`` (the same text as ``reason``) for the assets that still
read that key.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipelines.curation.lexicons import Lexicons
from pipelines.ingest import files, metadata
from pipelines.ingest.clean import ArticleError, clean_text
from pipelines.ingest.sources import SOURCE_COLUMNS, read_sources  # noqa: F401 - re-exported

ARTICLE_ID = files.ARTICLE_ID


def problem(file: str, kind: str, reason: str, line: int | None = None, article_id: str | None = None) -> dict:
    """One problem record (see the module docstring)."""
    return {"file": file, "line": line, "article_id": article_id, "kind": kind, "reason": reason, "error": reason}


def article_row(article_id: str, raw: bytes, source: dict | None, lex: Lexicons) -> dict:
    """Raw bytes of one article + its manifest row -> one ``articles`` row (pure).

    Raises ``ArticleError`` (kind ``quarantined``) when the bytes cannot be an article.
    """
    source = source or {}
    url = source.get("source_url")
    text = clean_text(raw, f"{article_id}.txt", metadata.rules_of(lex).chrome_for(lex.chrome_rules, url))
    head = metadata.title_of(text, lex)
    published = metadata.published_date(text, url, lex, head)
    return {
        "article_id": article_id,
        "title": metadata.page_title(text, url, head, lex),
        "province_code": metadata.province(
            text,
            url,
            source.get("publisher"),
            lex,
            metadata.headline_end(text, head),
            metadata.written(text, url, published, lex),
        ),
        "published_date": published,
        "byline": metadata.byline(text),
        "source_url": url,
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
    }


def read_article(path: Path, source: dict | None, lex: Lexicons, max_bytes: int | None = None) -> dict:
    """One article file -> one ``articles`` row.

    Raises ``ArticleError`` whose ``kind`` is ``refused`` (not an article file: bad name, link,
    pipe, ...) or ``quarantined`` (too large, undecodable, empty), with the reason.
    """
    path = Path(path)
    st_entry = files.list_entry(path)
    why = files.refusal(st_entry)
    if why:
        raise ArticleError(why, kind="refused")
    limit = files.max_article_bytes() if max_bytes is None else max_bytes
    if st_entry.size > limit:
        raise ArticleError(
            f"{st_entry.size} bytes, above the article size limit of {limit} bytes ({files.MAX_BYTES_ENV})"
        )
    try:
        raw = files.read_regular_file(path, limit)
    except files.UnsafeFileError as err:
        raise ArticleError(f"{err}: only regular files inside the articles folder are read", kind="refused") from err
    if len(raw) > limit:
        raise ArticleError(f"more than {limit} bytes, above the article size limit ({files.MAX_BYTES_ENV})")
    return article_row(path.stem, raw, source, lex)


def _strip_name(err: Exception, name: str) -> str:
    """The error text without a leading "<name>: " (the problem's ``file`` names it)."""
    text = str(err)
    return text[len(name) + 2 :] if text.startswith(f"{name}: ") else text


def _read_entry(
    entry: files.Entry, prefix: str, sources: dict, lex: Lexicons, limit: int
) -> tuple[dict | None, dict | None]:
    aid = entry.name[:-4] if entry.name.endswith(".txt") else None
    try:
        return read_article(entry.path, sources.get(aid), lex, limit), None
    except ArticleError as err:
        return None, problem(
            f"{prefix}/{entry.name}",
            err.kind,
            _strip_name(err, entry.name),
            article_id=aid if err.kind == "quarantined" else None,
        )
    except OSError as err:
        return None, problem(
            f"{prefix}/{entry.name}",
            "quarantined",
            f"cannot be read: {err.strerror or err.__class__.__name__}",
            article_id=aid,
        )


def read_articles(articles_dir: Path, lex: Lexicons) -> tuple[list[dict], list[dict]]:
    """Every entry of ``articles_dir`` -> (article rows, problems); see the module docstring."""
    articles_dir = Path(articles_dir)
    prefix = articles_dir.name
    if not articles_dir.is_dir() or articles_dir.is_symlink():
        return [], [problem(prefix, "error", "the articles folder is missing or not a folder")]
    limit = files.max_article_bytes()
    sources, errors = read_sources(articles_dir)
    out = [problem(f"{prefix}/{files.SOURCES_NAME}", "error", e.reason, line=e.line) for e in errors]
    rows: list[dict] = []
    for entry in files.list_entries(articles_dir):
        if entry.name in files.KNOWN_MANIFESTS and not files.refusal_of_manifest(entry):
            continue
        row, prob = _read_entry(entry, prefix, sources, lex, limit)
        rows += [row] if row else []
        out += [prob] if prob else []
    present = {r["article_id"] for r in rows} | {p["article_id"] for p in out if p["article_id"]}
    for aid in sorted(set(sources) - present):
        out.append(
            problem(
                f"{prefix}/{files.SOURCES_NAME}",
                "refused",
                f"sources.csv lists {aid!r} but there is no article file {aid}.txt",
                article_id=aid,
            )
        )
    return rows, out
