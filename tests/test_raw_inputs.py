"""The raw articles are the seeds, byte for byte (hashes recorded in raw/articles/seeds.csv), and
every one is listed in the manifests."""

from __future__ import annotations

import csv
import hashlib

import pytest

from tests.conftest import RAW

SEEDS = list(csv.DictReader((RAW / "articles" / "seeds.csv").open(encoding="utf-8")))


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("row", SEEDS, ids=[r["article_id"] for r in SEEDS])
def test_raw_article_is_the_seed_byte_for_byte(row):
    raw = RAW / "articles" / f"{row['article_id']}.txt"
    assert sha(raw) == row["raw_sha256"]


def test_every_seed_is_listed_once():
    assert len({r["seed_file"] for r in SEEDS}) == len(SEEDS) == len({r["article_id"] for r in SEEDS})


def test_sources_manifest_lists_every_article():
    listed = [r["article_id"] for r in csv.DictReader((RAW / "articles" / "sources.csv").open(encoding="utf-8"))]
    files = sorted(p.stem for p in (RAW / "articles").glob("*.txt"))
    assert sorted(listed) == files
