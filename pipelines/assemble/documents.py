"""Per-article document mentions -> one ``documents`` row per document and ``citations`` rows.

Steps:
0. ``unify_undated``: a number cited without a year in one article and with its year in another
   is one document (when only one year is known for that number and the citing article was not
   published in another year), so every table's ``document_id`` names the dated one;
1. order the mentions by article id, then position (the contract's "first mention in the
   release, articles in article_id order");
2. the first mention of a ``document_id`` is its ``documents`` row (quote, article, span); a
   field it leaves null (signed date, title, period, vision) is filled from the next mention
   that states it, so a later article that gives the signing date completes the row;
3. each article's first mention of each document is one ``citations`` row.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipelines.extract.ids import digest
from pipelines.text.years import YEAR

_FILLABLE = ("signed_date", "title_vi", "period_start", "period_end", "vision_year", "province_code")
_CITATION_FIELDS = ("article_id", "document_id", "quote", "char_start", "char_end")
_YEAR_SUFFIX = re.compile(r"-\d{4}$")
_TITLE_YEAR = re.compile(rf"(?<![\d/.-])({YEAR})(?![\d/.-])")


def undated_aliases(document_ids: set[str]) -> dict[str, str]:
    """Ids of documents named without their year -> the one dated id of the same number.

    "Kế hoạch số 12/KH-UBND" in one article (``75-kh-12-ubnd``) and "Kế hoạch số 12/KH-UBND ngày
    16/6/2025" in another (``75-kh-12-ubnd-2025``) are one document. When the release knows the
    number in two years (``-2024`` and ``-2025``), the undated id stays: which one it means is
    unknown.
    """
    dated: dict[str, list[str]] = defaultdict(list)
    for did in document_ids:
        match = _YEAR_SUFFIX.search(did)
        if match:
            dated[did[: match.start()]].append(did)
    return {undated: ids[0] for undated, ids in dated.items() if len(ids) == 1 and undated in document_ids}


def unify_undated(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows per table -> the same rows with each undated ``document_id`` that
    ``undated_aliases`` resolves replaced by its dated id, in every table (updated in place).

    A row of an article of another year than the dated id's keeps its undated id: numbers
    without a year are reused ("Nghị quyết số 01/NQ-CP" is issued every January), so a 2024
    article's undated mention is not the 2022 text another article dates. The article's year is
    its published date's, else the one year its title names ("GRDP 9 tháng năm 2024")."""
    aliases = undated_aliases({r["document_id"] for r in rows.get("documents", [])})
    if not aliases:
        return rows
    years = {a["article_id"]: _article_year(a) for a in rows.get("articles", [])}
    for table in rows.values():
        for row in table:
            dated = aliases.get(row.get("document_id"))  # type: ignore[arg-type]
            year = years.get(row.get("article_id"))  # type: ignore[arg-type]
            if dated and (year is None or dated.endswith(f"-{year}")):
                row["document_id"] = dated
    return rows


def _article_year(article: dict) -> int | None:
    """The year of an article: its published date's, else the only year its title names."""
    year = _year(article.get("published_date"))
    if year is None and isinstance(article.get("title"), str):
        named = set(_TITLE_YEAR.findall(article["title"]))
        year = int(named.pop()) if len(named) == 1 else None
    return year


def _year(value: object) -> int | None:
    """The year of a published date (a date or an ISO string), else None."""
    if hasattr(value, "year"):
        return value.year  # type: ignore[union-attr]
    match = re.match(r"(\d{4})-", value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


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
