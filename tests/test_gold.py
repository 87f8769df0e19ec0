"""The gold annotation in raw/gold/ is well-formed and quotes its articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.evaluate.gold import load_gold, load_gold_file, normalise_text

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "raw" / "gold"
ARTICLES_DIR = ROOT / "raw" / "articles"
GOLD_FILES = sorted(GOLD_DIR.glob("*.yaml"))


def test_gold_exists_for_every_seed_article():
    assert GOLD_FILES, "no gold files in raw/gold"
    gold = load_gold(GOLD_DIR)
    articles = {p.stem for p in ARTICLES_DIR.glob("*.txt")}
    assert set(gold) <= articles, f"gold for unknown articles: {sorted(set(gold) - articles)}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_file_quotes_its_article(path: Path):
    record = load_gold_file(path)
    article = ARTICLES_DIR / f"{record['article_id']}.txt"
    assert article.is_file(), f"{path.name}: no article {article}"
    text = normalise_text(article.read_text(encoding="utf-8"))
    missing = [row["quote_contains"] for row in record["indicators"] if row["quote_contains"] not in text]
    missing += [row["text_contains"] for row in record["objectives"] if row["text_contains"] not in text]
    assert not missing, f"{path.name}: not found in {article.name}: {missing}"
