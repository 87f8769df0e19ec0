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


def evaluate_rows(rule_rows: dict, curated_rows: dict, gold_dir: Path) -> pd.DataFrame:
    """P/R/F1 per table for ``rules`` and ``rules+overrides``; columns variant, table, tp, fp, fn,
    precision, recall, f1."""
    gold = load_gold(gold_dir)
    parts = []
    for variant, rows in (("rules", rule_rows), ("rules+overrides", curated_rows)):
        s = score(frames(rows), gold)
        s.insert(0, "variant", variant)
        parts.append(s)
    return pd.concat(parts, ignore_index=True)
