"""Per-article document mentions -> one ``documents`` row per document and ``citations`` rows.

Steps:
1. order the mentions by article id, then position (the contract's "first mention in the
   release, articles in article_id order");
2. the first mention of a ``document_id`` is its ``documents`` row (quote, article, span); a
   field it leaves null (signed date, title, period, vision) is filled from the next mention
   that states it, so a later article that gives the signing date completes the row;
3. each article's first mention of each document is one ``citations`` row.
"""

from __future__ import annotations

from pipelines.extract.ids import digest

_FILLABLE = ("signed_date", "title_vi", "period_start", "period_end", "vision_year", "province_code")
_CITATION_FIELDS = ("article_id", "document_id", "quote", "char_start", "char_end")


def citation_id(article_id: str, document_id: str) -> str:
    """``<article_id>-cit-<digest of document_id>``, e.g. ``longan-2024-qd4192-cit-5c1f0e9a2b``."""
    return f"{article_id}-cit-{digest(document_id)}"


def release_documents(mentions: list[dict]) -> tuple[list[dict], list[dict]]:
    """Document rows of every article -> (documents, citations) for the whole release.

    ``mentions`` are ``documents`` rows as the extractor gives them per article (several
    articles may name the same ``document_id``). Returns one documents row per document_id and
    one citations row per (article_id, document_id), both from first mentions.
    """
    ordered = sorted(mentions, key=lambda r: (r["article_id"], r["char_start"], r["char_end"]))
    documents: dict[str, dict] = {}
    citations: dict[tuple[str, str], dict] = {}
    for row in ordered:
        doc_id = row["document_id"]
        first = documents.setdefault(doc_id, dict(row))
        for field in _FILLABLE:
            if first.get(field) is None and row.get(field) is not None:
                first[field] = row[field]
        key = (row["article_id"], doc_id)
        if key not in citations:
            citations[key] = {"citation_id": citation_id(*key), **{f: row[f] for f in _CITATION_FIELDS}}
    return list(documents.values()), list(citations.values())
