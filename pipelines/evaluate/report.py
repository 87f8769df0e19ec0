"""Score rule rows and curated rows against the gold annotation, side by side."""

from __future__ import annotations

from pathlib import Path

import datetime as dt

import pandas as pd

from pipelines.evaluate.gold import load_gold
from pipelines.evaluate.score import score
from pipelines.frames import to_frame

TABLES = ("articles", "documents", "citations", "objectives", "indicators", "bodies", "assignments")


def frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Row lists (as the extractor returns them) -> typed contract frames."""
    return {t: to_frame(t, rows.get(t, [])) for t in TABLES}


def evaluate_rows(rule_rows: dict, curated_rows: dict | None, gold_dir: Path) -> pd.DataFrame:
    """P/R/F1 per table for ``rules`` and (unless ``curated_rows`` is None) ``rules+overrides``;
    columns variant, table, tp, fp, fn, precision, recall, f1."""
    gold = load_gold(gold_dir)
    parts = []
    for variant, rows in (("rules", rule_rows), ("rules+overrides", curated_rows)):
        if rows is None:
            continue
        s = score(frames(rows), gold)
        s.insert(0, "variant", variant)
        parts.append(s)
    return pd.concat(parts, ignore_index=True)


def targetless_pages(rule_rows: dict, gold: dict[str, dict]) -> pd.DataFrame:
    """The gold articles that state no target (results-only reports, texts without figures), with
    the indicator rows the rules took from each: columns article_id, rows. Issue 8 asks that no
    such page yields a row."""
    counts = pd.Series([r["article_id"] for r in rule_rows.get("indicators", [])], dtype=object).value_counts()
    ids = sorted(a for a, rec in gold.items() if not rec["indicators"])
    return pd.DataFrame(
        {"article_id": ids, "rows": [int(counts.get(a, 0)) for a in ids]}, columns=["article_id", "rows"]
    )


def format_targetless(pages: pd.DataFrame) -> str:
    """One line: how many pages without a target yield rows, and how many rows."""
    yielding = pages[pages["rows"] > 0]
    return (
        f"Pages whose gold states no target: {len(pages)}; yielding indicator rows: {len(yielding)} "
        f"({int(yielding['rows'].sum())} rows)"
        + "".join(f"\n  {a}: {n}" for a, n in zip(yielding["article_id"], yielding["rows"]))
    )


ARTICLE_FIELDS = ("province_code", "published_date")


def _iso(value: object) -> str | None:
    """A date, an ISO string or a missing value -> ISO text or None."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()[:10]
    return str(value)[:10]


def article_fields(rule_rows: dict, gold: dict[str, dict]) -> pd.DataFrame:
    """How often ingest reads each gold article's metadata right: columns field, right, total,
    gold_null (articles whose gold value is null: right when ingest leaves it null too).

    Issue 8 item 3: the province (text, URL domain, publisher) and the published date (date
    lines, legal place-and-date lines, the URL) of real portal pages."""
    read = {r["article_id"]: r for r in rule_rows.get("articles", [])}
    out = []
    for field in ARTICLE_FIELDS:
        right = nulls = 0
        for article, rec in gold.items():
            want = _iso(rec.get(field)) if field == "published_date" else rec.get(field)
            got = read.get(article, {}).get(field)
            got = _iso(got) if field == "published_date" else got
            nulls += want is None
            right += want == got
        out.append({"field": field, "right": right, "total": len(gold), "gold_null": nulls})
    return pd.DataFrame(out, columns=["field", "right", "total", "gold_null"])


def format_article_fields(found: pd.DataFrame) -> str:
    """One line: 'Article metadata read right: province_code 28/30, published_date 21/30 (gold
    null 4)'."""
    parts = [f"{r.field} {r.right}/{r.total} (gold null {r.gold_null})" for r in found.itertuples()]
    return "Article metadata read right: " + ", ".join(parts)
