"""``python -m pipelines.evaluate.check_set SET_DIR``: is an annotated real-page set ready to score?

A set (``docs/ANNOTATING.md``) is ``SET_DIR/articles/<id>.txt`` with ``articles/sources.csv`` and
``SET_DIR/gold/<id>.yaml``. Steps:

1. every gold file loads (:func:`pipelines.evaluate.gold.load_gold_file`: shape, enumerations);
2. every gold file has its page text and a ``sources.csv`` row with an address, every page text
   its gold file;
3. every ``quote_contains`` and ``text_contains`` occurs in its page (white space normalised),
   and an objective's ``text_contains`` of fewer than 4 words ends the page text (an item the
   page cuts off; the loader takes 2 words or more);
4. every ``indicator_code`` is a code of ``indicator_lexicon.csv`` and every ``body_code`` one of
   ``body_gazetteer.csv`` (the project's curated tables: the codebook).

Each problem names the file and the row; the command exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import yaml

from pipelines import config
from pipelines.curation.tables import read_curation_csv
from pipelines.evaluate.gold import OBJECTIVE_WORDS, gold_files, load_gold_file, normalise_text


def codebook(curation: Path) -> tuple[set[str], set[str]]:
    """The indicator codes and body codes of the curated tables in ``curation``."""
    indicators = set(read_curation_csv(curation / "indicator_lexicon.csv")["indicator_code"])
    bodies = set(read_curation_csv(curation / "body_gazetteer.csv")["body_code"])
    return indicators, bodies


def _sources(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["article_id"]: (r.get("source_url") or "").strip() for r in csv.DictReader(fh)}


def _quote_problems(gold: Path, raw: dict, text: str) -> list[str]:
    """The quotes of a gold file missing from its page ``text`` (normalised), and the objective
    texts shorter than ``OBJECTIVE_WORDS`` words that do not end it."""
    problems = []
    for table, key in (("indicators", "quote_contains"), ("objectives", "text_contains")):
        for i, row in enumerate(raw.get(table) or []):
            quote = normalise_text(str(row[key]))
            if quote not in text:
                problems.append(f"{gold.name}: {table}[{i}]: {key} is not in the page text")
            elif table == "objectives" and len(quote.split()) < OBJECTIVE_WORDS and not text.endswith(quote):
                problems.append(
                    f"{gold.name}: {table}[{i}]: {key} has fewer than {OBJECTIVE_WORDS} words and does not end the page text"
                )
    return problems


def _code_problems(gold: Path, raw: dict, indicator_codes: set[str], body_codes: set[str]) -> list[str]:
    problems = []
    for i, row in enumerate(raw.get("indicators") or []):
        if row["indicator_code"] is not None and row["indicator_code"] not in indicator_codes:
            problems.append(f"{gold.name}: indicators[{i}]: {row['indicator_code']} is not in indicator_lexicon.csv")
    for table in ("bodies", "assignments"):
        for i, row in enumerate(raw.get(table) or []):
            if row["body_code"] not in body_codes:
                problems.append(f"{gold.name}: {table}[{i}]: {row['body_code']} is not in body_gazetteer.csv")
    return problems


def set_problems(set_dir: Path, curation: Path) -> list[str]:
    """Every problem of the annotated set in ``set_dir`` (see the module docstring), checked
    against the codebook in ``curation``; ``[]`` when the set is ready to score.

    Example: ``["rp-x.yaml: indicators[0]: quote_contains is not in the page text"]``.
    """
    articles = Path(set_dir) / "articles"
    sources = _sources(articles / "sources.csv")
    indicator_codes, body_codes = codebook(curation)
    problems: list[str] = []
    stems = set()
    for gold in gold_files(Path(set_dir) / "gold"):
        stems.add(gold.stem)
        try:
            load_gold_file(gold)
        except ValueError as err:
            problems.append(str(err))
            continue
        page = articles / f"{gold.stem}.txt"
        if not page.is_file():
            problems.append(f"{gold.name}: no page text articles/{page.name}")
            continue
        if not sources.get(gold.stem):
            problems.append(f"{gold.name}: no address for {gold.stem} in articles/sources.csv")
        raw = yaml.safe_load(gold.read_text(encoding="utf-8"))
        problems += _quote_problems(gold, raw, normalise_text(page.read_text(encoding="utf-8")))
        problems += _code_problems(gold, raw, indicator_codes, body_codes)
    problems += [
        f"articles/{p.name}: no gold file gold/{p.stem}.yaml"
        for p in sorted(articles.glob("*.txt"))
        if p.stem not in stems
    ]
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.evaluate.check_set", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("set_dir", type=Path, help="the set: articles/ (texts, sources.csv) and gold/")
    parser.add_argument(
        "--curation", type=Path, default=None, help="curated tables (the codebook); default the project's"
    )
    args = parser.parse_args(argv)
    problems = set_problems(args.set_dir, args.curation or config.raw_dir() / "curation")
    for p in problems:
        print(p)
    print(f"{len(gold_files(args.set_dir / 'gold'))} gold files; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
