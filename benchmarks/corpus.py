"""Synthetic articles made from the project's own texts (tests/fixtures/articles, raw/articles).

Each synthetic article keeps the head of one real article (title, date line, lead) and a
shuffled body of its paragraphs plus a few paragraphs of others, with numbers that are not
years perturbed, under a distinct id; ``sources.csv`` lists them all.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "tests" / "fixtures" / "articles", REPO / "raw" / "articles")
HEAD = 3
_NUMBER = re.compile(r"(?<![\d/.,])(\d{1,3})(?=(?:,\d+)?\s*(?:%|[a-zđ]))")


def templates() -> list[tuple[str, list[str]]]:
    """(article id, paragraphs) of every real article the benchmark draws from."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
            paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
            if len(paras) > HEAD:
                out.append((path.stem, paras))
    return out


def _perturb(text: str, rng: random.Random) -> str:
    """Scale small numbers (not years, not document numbers) by 0.7-1.3, as integers; a
    percentage stays at most 100.

    >>> _perturb("đạt 40% GRDP", random.Random(1)) != "đạt 40% GRDP"
    True
    >>> _perturb("đạt 99% số hộ", random.Random(0))
    'đạt 100% số hộ'
    """

    def scaled(m: re.Match) -> str:
        value = max(1, round(int(m.group(1)) * rng.uniform(0.7, 1.3)))
        after = text[m.end() : m.end() + 8]
        if not after.lstrip("0123456789,").lstrip().startswith("%"):
            return str(value)
        return str(min(value, 99 if after.startswith(",") else 100))  # "99,5%" must not become "100,5%"

    return _NUMBER.sub(scaled, text)


def synthetic_article(i: int, pool: list[tuple[str, list[str]]], rng: random.Random) -> tuple[str, str]:
    """(article id, text) of synthetic article ``i``."""
    stem, paras = pool[i % len(pool)]
    body = paras[HEAD:] + [p for _, other in rng.sample(pool, 2) for p in other[HEAD:][:3]]
    rng.shuffle(body)
    text = "\n\n".join(paras[:HEAD] + [_perturb(p, rng) for p in body]) + "\n"
    return f"bench-{i:05d}-{stem[:40]}".lower(), text


def write_corpus(folder: Path, n: int, seed: int = 0, start: int = 0) -> list[str]:
    """Write articles ``start`` .. ``start + n - 1`` into ``folder`` (and append to its
    sources.csv); returns their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = templates()
    ids = []
    sources = folder / "sources.csv"
    new = not sources.exists()
    with sources.open("a", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        if new:
            writer.writerow(["article_id", "source_url", "publisher", "retrieved_date"])
        for i in range(start, start + n):
            aid, text = synthetic_article(i, pool, random.Random(seed * 1_000_003 + i))
            (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
            writer.writerow([aid, "", "", ""])
            ids.append(aid)
    return ids


def floor_seconds(folder: Path) -> float:
    """The floor: read every article, NFC-normalise it and run one regex over it."""
    import time

    pattern = re.compile(r"\d+(?:[.,]\d+)?\s*%")
    start = time.perf_counter()
    hits = 0
    for path in folder.glob("*.txt"):
        hits += len(pattern.findall(unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))))
    return time.perf_counter() - start
