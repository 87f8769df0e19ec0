"""Raw article files and their sources manifest -> ``articles`` rows, and rejected inputs.

A file that cannot be ingested (bad id, not UTF-8, nothing left after chrome removal) is
reported in the rejected list with the file and the reason, and the build goes on.
"""
from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

from pipelines.curation.lexicons import Lexicons
from pipelines.ingest import metadata
from pipelines.ingest.clean import ArticleError, clean_text

ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SOURCE_COLUMNS = ("article_id", "source_url", "publisher", "retrieved_date")


def read_sources(articles_dir: Path) -> tuple[dict[str, dict], list[dict]]:
    """``sources.csv`` as {article_id: row}, plus a rejected entry for each malformed row."""
    path = articles_dir / "sources.csv"
    if not path.exists():
        return {}, []
    rows, rejected = {}, []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in SOURCE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            return {}, [{"file": f"{path.parent.name}/{path.name}", "line": 1, "error": f"sources.csv lacks columns {missing}"}]
        for line, row in enumerate(reader, start=2):
            aid = (row.get("article_id") or "").strip()
            if not ARTICLE_ID.match(aid) or aid in rows:
                rejected.append({"file": f"{path.parent.name}/{path.name}", "line": line,
                                 "error": f"article_id {aid!r} is malformed or repeated"})
                continue
            rows[aid] = {k: (row.get(k) or "").strip() or None for k in SOURCE_COLUMNS}
    return rows, rejected


def read_article(path: Path, source: dict | None, lex: Lexicons) -> dict:
    """One raw file -> one ``articles`` row; raises ``ArticleError`` naming the file."""
    aid = path.stem
    if not ARTICLE_ID.match(aid):
        raise ArticleError(f"{path}: file name {aid!r} is not a valid article id (^[a-z0-9][a-z0-9_-]{{0,63}}$)")
    raw = path.read_bytes()
    text = clean_text(raw, str(path), lex.chrome_rules)
    source = source or {}
    return {
        "article_id": aid,
        "title": metadata.title(text),
        "province_code": metadata.province(text, source.get("source_url"), source.get("publisher"), lex),
        "published_date": metadata.published_date(text),
        "byline": metadata.byline(text),
        "source_url": source.get("source_url"),
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
    }


def read_articles(articles_dir: Path, lex: Lexicons) -> tuple[list[dict], list[dict]]:
    """All ``*.txt`` under ``articles_dir`` -> (article rows, rejected inputs)."""
    sources, rejected = read_sources(articles_dir)
    rows = []
    for path in sorted(articles_dir.glob("*.txt")):
        try:
            rows.append(read_article(path, sources.get(path.stem), lex))
        except (ArticleError, OSError) as err:
            rejected.append({"file": f"{path.parent.name}/{path.name}", "line": None, "error": str(err)})
    known = {r["article_id"] for r in rows} | {Path(r["file"]).stem for r in rejected}
    for aid in sorted(set(sources) - known):
        rejected.append({"file": f"{articles_dir.name}/sources.csv", "line": None,
                         "error": f"sources.csv names {aid!r} but there is no {aid}.txt"})
    return rows, rejected
