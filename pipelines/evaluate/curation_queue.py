"""The curation queue: how much of an indicators table the lexicon codes, and what it misses.

``curation_queue(indicators)`` takes an ``indicators`` frame (contract 2: ``indicator_code``
may be null) and returns the share of rows that carry a code and the most frequent uncoded
labels, so that curators add phrasings for what the corpus actually says.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

QUEUE_COLUMNS = ["label_vi", "rows", "articles", "example_quote"]


@dataclass(frozen=True)
class CurationQueue:
    """``coded_share`` (None for an empty table), ``rows`` and the ``queue`` frame."""

    rows: int
    coded: int
    coded_share: float | None
    queue: pd.DataFrame


def _label_key(label: object) -> str:
    text = unicodedata.normalize("NFC", str(label or "")).lower()
    return re.sub(r"\s+", " ", text).strip(" ,;:.")


def curation_queue(indicators: pd.DataFrame, top: int = 20) -> CurationQueue:
    """Coded share and the ``top`` most frequent uncoded labels of ``indicators``.

    Labels are compared lower-cased with white space collapsed; the queue is sorted by rows,
    then articles, then label, and keeps one example quote per label.

    >>> df = pd.DataFrame({"indicator_code": ["GRDP_GROWTH", None, None],
    ...                    "label_vi": ["tốc độ tăng trưởng", "Sản lượng lương thực", "sản lượng  lương thực"],
    ...                    "article_id": ["a", "a", "b"], "quote": ["q1", "q2", "q3"]})
    >>> q = curation_queue(df)
    >>> round(q.coded_share, 3), q.queue.iloc[0]["label_vi"], int(q.queue.iloc[0]["rows"]), int(q.queue.iloc[0]["articles"])
    (0.333, 'sản lượng lương thực', 2, 2)
    """
    total = len(indicators)
    if total == 0:
        return CurationQueue(0, 0, None, pd.DataFrame(columns=QUEUE_COLUMNS))
    uncoded = indicators[indicators["indicator_code"].isna()]
    coded = total - len(uncoded)
    if uncoded.empty:
        return CurationQueue(total, coded, coded / total, pd.DataFrame(columns=QUEUE_COLUMNS))
    keyed = uncoded.assign(label_vi=uncoded["label_vi"].map(_label_key))
    queue = (
        keyed.groupby("label_vi", sort=False)
        .agg(rows=("label_vi", "size"), articles=("article_id", "nunique"), example_quote=("quote", "first"))
        .reset_index()
        .sort_values(["rows", "articles", "label_vi"], ascending=[False, False, True], kind="stable")
        .head(top)
        .reset_index(drop=True)
    )
    return CurationQueue(total, coded, coded / total, queue[QUEUE_COLUMNS])


def format_queue(q: CurationQueue) -> str:
    """Plain-text report: the coded share and the queue."""
    if q.coded_share is None:
        return "Indicators: no rows."
    head = f"Indicators coded by the lexicon: {q.coded}/{q.rows} ({q.coded_share:.1%})."
    if q.queue.empty:
        return head + " No uncoded labels."
    with pd.option_context("display.width", 200, "display.max_colwidth", 70):
        return head + "\nMost frequent uncoded labels (curation queue):\n" + q.queue.to_string(index=False)


def queue_markdown(q: CurationQueue, top: int = 10) -> str:
    """Markdown section for a release README: the coded share and the ``top`` uncoded labels.

    >>> df = pd.DataFrame({"indicator_code": [None], "label_vi": ["tổng vốn đầu tư | xã hội"],
    ...                    "article_id": ["a"], "quote": ["tổng vốn đầu tư | xã hội 45 nghìn tỷ đồng"]})
    >>> print(queue_markdown(curation_queue(df)).splitlines()[2])
    0 of 1 indicator rows (0.0 %) carry a lexicon code; the most frequent uncoded labels below are the lexicon's curation queue.
    """
    lines = ["## Curation queue", ""]
    if q.coded_share is None:
        return "\n".join(lines + ["No indicator rows.", ""])
    lines.append(
        f"{q.coded} of {q.rows} indicator rows ({100 * q.coded_share:.1f} %) carry a lexicon code; the "
        "most frequent uncoded labels below are the lexicon's curation queue."
    )
    if q.queue.empty:
        return "\n".join(lines + ["", "No uncoded labels.", ""])
    lines += ["", "| label_vi | rows | articles | example quote |", "|---|---|---|---|"]
    for r in q.queue.head(top).itertuples():
        cells = [str(r.label_vi), str(r.rows), str(r.articles), str(r.example_quote)]
        lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines + [""])
