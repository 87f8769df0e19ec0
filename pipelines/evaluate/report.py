"""Score rule rows and curated rows against the gold annotation, side by side."""

from __future__ import annotations

from pathlib import Path

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
