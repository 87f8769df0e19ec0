"""``python -m pipelines.evaluate [--raw RAW_DIR] [--gold GOLD_DIR] [--rules-only] [--mismatches TABLE,...] [--held-out]``

Print precision, recall and F1 per table on the gold annotation, for the rules alone and (unless
``--rules-only``: overrides not even read, as on a real-page set the overrides do not name) for
rules plus overrides; the pages whose gold states no target that still yield indicator rows; how often each page's
province and published date are read right;
with ``--mismatches``, list the rule rows that match no gold row (fp) and
the gold rows no rule row matched (fn) for the tables named. Then the share of indicator rows
the lexicon codes and the most frequent uncoded labels (the curation queue) of the release, and how
well the rules' labels of the uncoded targets the score matched agree with the gold's
(``label_agreement``; with ``--mismatches`` naming indicators, the labels that differ), and how
many matched rows carry a code where the gold says none fits (``code_agreement``; with
``--mismatches`` naming indicators, those rows).
With ``--held-out``, figures only: no mismatch, no uncoded label, no problem's reason, nothing
that quotes or names a page, so that a held-out set can be scored after every change without
its pages being read.

The gold here is the seed annotation the rules were written against: its figures measure
regressions, not how the rules generalise to pages nobody tuned them to.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from pipelines import config
from pipelines.build import materialize_rows
from pipelines.evaluate.code_agreement import code_agreement, format_code_agreement, format_wrong_codes
from pipelines.evaluate.curation_queue import curation_queue, format_queue
from pipelines.evaluate.gold import load_gold
from pipelines.evaluate.label_agreement import (
    agreement,
    disagreements,
    format_agreement,
    format_disagreements,
    function_words,
    uncoded_pairs,
)
from pipelines.evaluate.report import (
    article_fields,
    evaluate_rows,
    format_article_fields,
    format_targetless,
    frames,
    targetless_pages,
)
from pipelines.evaluate.score import TABLES, format_mismatches, mismatches


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluate", description=__doc__.split("\n\n")[1])
    parser.add_argument(
        "--raw", type=Path, default=None, help="raw directory (articles/, curation/); default PLANDATA_RAW_DIR or raw/"
    )
    parser.add_argument("--gold", type=Path, default=None, help="gold directory; default RAW/gold")
    parser.add_argument(
        "--curation", type=Path, default=None, help="curation directory; default RAW/curation, else the project's"
    )
    parser.add_argument("--rules-only", action="store_true", help="rules and lexicons alone: skip the overrides")
    parser.add_argument("--mismatches", default=None, help="comma-separated tables to list mismatches for, or 'all'")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="figures only (nothing that quotes or names a page): for a set nobody may read",
    )
    args = parser.parse_args(argv)
    if args.held_out and args.mismatches:
        parser.error("--held-out prints figures only: it cannot list mismatches")
    raw = args.raw or config.raw_dir()
    gold_dir = args.gold or raw / "gold"
    # a real-page set (articles/ and gold/ only) is scored with the project's curated tables
    curation = args.curation or raw / "curation"
    if args.curation is None and not curation.is_dir():
        curation = config.raw_dir() / "curation"
    # the build's own steps (pipelines.definitions)
    run = materialize_rows(raw / "articles", curation, overrides=not args.rules_only)
    rules, curated = run["rule"], run["curated"]
    if args.held_out:
        print(f"Problems (articles set aside or rows skipped): {len(run['problems'])}", file=sys.stderr)
    for p in [] if args.held_out else run["problems"]:
        print(f"{p['kind']}: {p['file']}: {p['reason']}", file=sys.stderr)
    report = evaluate_rows(rules, curated, gold_dir)
    if gold_dir.resolve() == (config.raw_dir() / "gold").resolve():
        print("Scores on the seed gold (regression figures: the rules were tuned on these articles):")
    else:
        print(
            f"Scores on the gold in {gold_dir} (a generalisation figure only if the rules were never "
            "tuned on these articles; say which when you report it):"
        )
    print(report.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    gold = load_gold(gold_dir)
    targetless = format_targetless(targetless_pages(rules, gold))
    print(targetless.split("\n")[0] if args.held_out else targetless)
    print(format_article_fields(article_fields(rules, gold)))
    print()
    queue = curation_queue(frames(curated if curated is not None else rules)["indicators"])
    print(format_queue(queue).split("\n")[0] if args.held_out else format_queue(queue))
    pairs = uncoded_pairs(frames(rules), gold)
    skip = function_words(pd.read_csv(curation / "indicator_cues.csv", dtype=str, keep_default_na=False))
    print(format_agreement(agreement([(r, g) for _, r, g in pairs], skip)))
    codes = code_agreement(frames(rules), gold)
    print(format_code_agreement(codes))
    if args.mismatches:
        tables = TABLES if args.mismatches == "all" else tuple(args.mismatches.split(","))
        print("\nRule rows vs gold:")
        print(format_mismatches(mismatches(frames(rules), gold), tables))
        if "indicators" in tables:
            print(format_disagreements(disagreements(pairs, skip)))
            print(format_wrong_codes(codes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
