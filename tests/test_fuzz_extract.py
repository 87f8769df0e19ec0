"""Property-based fuzzing of extraction: on random texts and mutated fixture articles
``extract_article`` never crashes and every row it cites quotes its span exactly
(``text[char_start:char_end] == quote``); profiles in tests/helpers/fuzz.py."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given

from pipelines.extract.article import extract_article
from pipelines.extract.indicators import unit_table
from pipelines.ingest import metadata
from pipelines.ingest.clean import ArticleError, clean_text
from tests.helpers.fuzz import FUZZ, TEXTS, mutated_fixture

CITED = ("documents", "objectives", "indicators", "assignments", "citations")


@pytest.fixture(scope="module")
def units(lex):
    return unit_table(lex)


def _article(text: str, lex) -> dict:
    """The articles row ingest would make; an uncleanable text goes in NFC as it is (harder)."""
    try:
        text = clean_text(text.encode("utf-8", errors="replace"), "articles/fuzz.txt", lex.chrome_rules)
    except ArticleError:
        text = unicodedata.normalize("NFC", text)
    return {"article_id": "fuzz", "text": text, "title": metadata.title(text) if text.strip() else "",
            "province_code": metadata.province(text, None, None, lex), "published_date": metadata.published_date(text),
            "byline": None, "source_url": None}


def _check_spans(rows: dict[str, list[dict]], text: str) -> None:
    for table in CITED:
        for row in rows.get(table, []):
            start, end = row["char_start"], row["char_end"]
            assert 0 <= start < end <= len(text), (table, start, end)
            assert text[start:end] == row["quote"], (table, row["quote"], text[start:end])


@FUZZ
@given(text=TEXTS)
def test_extract_article_quotes_equal_spans(lex, units, text):
    art = _article(text, lex)
    _check_spans(extract_article(art, lex, units), art["text"])


@FUZZ
@given(text=mutated_fixture())
def test_extract_mutated_fixtures(lex, units, text):
    art = _article(text, lex)
    _check_spans(extract_article(art, lex, units), art["text"])
