"""A real-page set on disk (articles/, sources.csv, gold/), as `pipelines.evaluate --raw` reads it."""

from __future__ import annotations

from pathlib import Path


def write_page_set(root: Path, article_id: str, text: str, gold_yaml: str) -> Path:
    """Write one page and its gold under ``root`` (``articles/<id>.txt``, ``articles/sources.csv``,
    ``gold/<id>.yaml``) and return ``root``."""
    (root / "articles").mkdir()
    (root / "gold").mkdir()
    (root / "articles" / f"{article_id}.txt").write_text(text, encoding="utf-8")
    (root / "articles" / "sources.csv").write_text(
        f"article_id,source_url,publisher,retrieved_date\n{article_id},,,\n", encoding="utf-8"
    )
    (root / "gold" / f"{article_id}.yaml").write_text(gold_yaml, encoding="utf-8")
    return root
