"""Property-based fuzzing of ingest: random bytes, random text and mutated fixture articles in
several encodings never crash ``clean_text`` / ``read_article``: each gives a cleaned NFC text or
an ``ArticleError`` naming the file (profiles in tests/helpers/fuzz.py)."""

from __future__ import annotations

import hashlib
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pipelines.ingest.articles import read_article
from pipelines.ingest.clean import ArticleError, clean_text
from tests.helpers.fuzz import ENCODINGS, FUZZ, TEXTS


def _clean(raw: bytes, lex) -> str | None:
    try:
        return clean_text(raw, "articles/fuzz.txt", lex.chrome_rules)
    except ArticleError as err:
        assert "articles/fuzz.txt" in str(err)
        return None


@FUZZ
@given(text=TEXTS, encoding=ENCODINGS)
def test_clean_text_on_texts(lex, text, encoding):
    out = _clean(text.encode(encoding, errors="replace"), lex)
    if out is not None:
        assert unicodedata.is_normalized("NFC", out)
        assert "\r" not in out and out == out.strip()


@FUZZ
@given(raw=st.binary(max_size=3000))
def test_clean_text_on_bytes(lex, raw):
    _clean(raw, lex)


@FUZZ
@given(text=TEXTS, encoding=ENCODINGS)
def test_read_article(lex, text, encoding):
    raw = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz-article.txt"
        path.write_bytes(raw)
        try:
            row = read_article(path, {"source_url": "https://fuzz.example/a", "publisher": None}, lex)
        except ArticleError:
            return
    assert row["article_id"] == "fuzz-article" and row["title"]
    assert row["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    assert row["text_sha256"] == hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
    assert row["province_code"] is None or len(row["province_code"]) == 2
