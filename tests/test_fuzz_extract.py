"""Property-based fuzzing of extraction: on random texts and mutated fixture articles
``extract_article`` never crashes and every row it cites quotes its span exactly
(``text[char_start:char_end] == quote``); profiles in tests/helpers/fuzz.py."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given

from pipelines.extract.article import extract_article
from pipelines.ingest.articles import read_article
from pipelines.ingest.clean import ArticleError
from tests.helpers.fuzz import FUZZ, TEXTS, mutated_fixture

CITED = ("documents", "objectives", "indicators", "assignments", "citations")


def _article(text: str, lex) -> dict:
    """The articles row ingest makes of ``text`` saved as UTF-8; a text ingest sets aside goes in
    NFC as it is (harder than anything ingest lets through)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.txt"
        path.write_bytes(text.encode("utf-8", errors="replace"))
        try:
            return read_article(path, None, lex)
        except ArticleError:
            pass
    return {
        "article_id": "fuzz",
        "text": unicodedata.normalize("NFC", text),
        "title": "",
        "province_code": None,
        "published_date": None,
        "byline": None,
        "source_url": None,
    }


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
