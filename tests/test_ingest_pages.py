"""Ingest on portal-shaped pages: headline, published date, province and furniture.

The pages in ``tests/ingest_pages/`` were written for these tests in the team's own words; each
reproduces a structure met on real portals (legal headers split over lines, logo alt text,
breadcrumbs, site clocks, aggregator furniture, scraped HTML). ``expected.csv`` gives, per page,
the source URL the page is ingested with, the headline's expected start, the published date,
the province, and strings (separated by ``|``) that must not survive ingest.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from pipelines.ingest.articles import article_row

PAGES = Path(__file__).parent / "ingest_pages"
CASES = list(csv.DictReader((PAGES / "expected.csv").open(encoding="utf-8")))


@pytest.fixture(scope="module")
def rows(lex):
    out = {}
    for case in CASES:
        raw = (PAGES / case["file"]).read_bytes()
        source = {"source_url": case["source_url"] or None, "publisher": None}
        out[case["file"]] = article_row(Path(case["file"]).stem, raw, source, lex)
    return out


def test_every_page_has_an_expectation():
    assert sorted(c["file"] for c in CASES) == sorted(p.name for p in PAGES.glob("*.txt"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_headline(rows, case):
    assert rows[case["file"]]["title"].startswith(case["title"]), rows[case["file"]]["title"]


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_published_date(rows, case):
    want = dt.date.fromisoformat(case["published_date"]) if case["published_date"] else None
    assert rows[case["file"]]["published_date"] == want


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_province(rows, case):
    assert rows[case["file"]]["province_code"] == (case["province_code"] or None)


@pytest.mark.parametrize("case", [c for c in CASES if c["absent"]], ids=lambda c: c["file"])
def test_furniture_is_stripped(rows, case):
    text = rows[case["file"]]["text"]
    for furniture in case["absent"].split("|"):
        assert furniture not in text, furniture


def test_site_rules_apply_only_on_their_site(lex):
    raw = (PAGES / "site-clock-and-date.txt").read_bytes()
    elsewhere = article_row("x", raw, {"source_url": "https://example.org/a"}, lex)
    assert elsewhere["text"].startswith("Kinh tế nông thôn")
    own = article_row("x", raw, {"source_url": "https://www.kinhtenongthon.vn/a"}, lex)
    assert "Kinh tế nông thôn" not in own["text"]


def test_body_text_survives_with_the_furniture_gone(rows):
    text = rows["aggregator-furniture.txt"]["text"]
    assert "Ngành thuế được giao rà soát nguồn thu" in text
    html = rows["scraped-html.txt"]["text"]
    assert "khoảng 5.500 & cải thiện" in html and "theo dõi, tổng hợp" in html
