"""``python -m pipelines.evaluate [RAW_DIR]``: print P/R/F1 per table on the gold annotation."""
from __future__ import annotations

import sys
from pathlib import Path

from pipelines import config
from pipelines.build import extract_rows
from pipelines.curation.lexicons import load_lexicons
from pipelines.curation.overrides import apply_overrides, load_overrides
from pipelines.evaluate.report import evaluate_rows
from pipelines.ingest.articles import read_articles


def main(argv: list[str]) -> int:
    raw = Path(argv[0]) if argv else config.raw_dir()
    lex = load_lexicons(raw / "curation")
    articles, _ = read_articles(raw / "articles", lex)
    rules, _ = extract_rows(articles, lex)
    curated = apply_overrides(rules, load_overrides(raw / "curation" / "overrides.yaml"), lex)
    report = evaluate_rows(rules, curated, raw / "gold")
    print(report.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
