"""The whole text -> tables transformation as one pure function (Dagster assets wrap its parts).

Steps:
1. load and validate the curated tables (``raw/curation/``);
2. ingest the raw articles (bad files are set aside in ``rejected``);
3. run the rule extractor on each article (an article whose extraction raises is set aside
   too, with the error);
4. optionally apply the record-level overrides;
5. return the seven contract tables as typed DataFrames.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.assemble.documents import release_documents
from pipelines.curation.lexicons import Lexicons, load_lexicons
from pipelines.curation import overrides as ov
from pipelines.extract.article import extract_article
from pipelines.extract.indicators import unit_table
from pipelines.frames import to_frame
from pipelines.ingest.articles import read_articles

EXTRACTED = ("documents", "citations", "objectives", "indicators", "bodies", "assignments")


@dataclass
class BuildResult:
    """The seven contract tables, and the inputs that were set aside with the reason."""

    tables: dict[str, pd.DataFrame]
    rejected: list[dict] = field(default_factory=list)


def provinces_rows(lex: Lexicons) -> list[dict]:
    """The ``provinces`` reference table from the curated provinces table."""
    cols = ["province_code", "name_vi", "name_ascii", "region", "successor_code", "successor_name_vi"]
    return [{c: r[c] for c in cols} for r in lex.tables["provinces.csv"].to_dict("records")]


def extract_rows(articles: list[dict], lex: Lexicons) -> tuple[dict[str, list[dict]], list[dict]]:
    """Rule-extract every article -> (rows per table, rejected articles)."""
    units = unit_table(lex)
    out: dict[str, list[dict]] = {t: [] for t in EXTRACTED}
    rejected, kept = [], []
    for art in articles:
        try:
            rows = extract_article(art, lex, units)
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the build
            rejected.append({"file": f"articles/{art['article_id']}.txt", "line": None,
                             "error": f"extraction failed: {type(err).__name__}: {err}"})
            continue
        kept.append(art)
        for t in EXTRACTED:
            out[t].extend(rows.get(t, []))
    out["articles"] = kept
    out["documents"], out["citations"] = release_documents(out["documents"])
    out["bodies"] = list({b["body_id"]: b for b in out["bodies"]}.values())
    return out, rejected


def build_tables(articles_dir: Path, curation_dir: Path, *, apply_overrides: bool = True) -> BuildResult:
    """Raw articles + curated tables -> the seven contract tables (see module steps)."""
    lex = load_lexicons(curation_dir)
    articles, rejected = read_articles(articles_dir, lex)
    rows, bad = extract_rows(articles, lex)
    rejected += bad
    if apply_overrides:
        applicable, _ = ov.for_kept_articles(ov.load_overrides(curation_dir / "overrides.yaml"), rows["articles"],
                                            rejected)
        rows = ov.apply_overrides(rows, applicable, lex)
    rows["provinces"] = provinces_rows(lex)
    tables = {t: to_frame(t, rows[t]) for t in ("provinces", "articles", *EXTRACTED)}
    return BuildResult(tables=tables, rejected=rejected)
