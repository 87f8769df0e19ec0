"""Indicator rows of one text, as the extractor gives them, each checked to be cited."""

from __future__ import annotations

import datetime

from pipelines.extract.indicators import indicator_rows
from pipelines.text.segment import paragraphs


def cited_indicator_rows(
    text: str, lex, units, published_year: int | None = None, horizon: int | None = None
) -> list[dict]:
    """``indicator_rows`` of ``text`` (article id "t"); fails unless every row's quote is its span."""
    found = indicator_rows("t", text, paragraphs(text), horizon, lex, units, published_year)
    for r in found:
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
    return found


def cited_row_keys(
    text: str, lex, units, published_year: int | None = None, horizon: int | None = None, *, uncoded=None
) -> list[tuple]:
    """``cited_indicator_rows`` of ``text`` as (indicator_code, or `uncoded` for an uncoded row,
    comparator, value_low, value_high, target_year), in the extractor's order."""
    return [
        (
            r["indicator_code"] if r["indicator_code"] is not None else uncoded,
            r["comparator"],
            r["value_low"],
            r["value_high"],
            r["target_year"],
        )
        for r in cited_indicator_rows(text, lex, units, published_year, horizon)
    ]


def sorted_row_keys(
    text: str, lex, units, published_year: int | None = None, horizon: int | None = None
) -> list[tuple]:
    """``cited_row_keys`` of ``text``, sorted, an uncoded row's code written "" (the form the
    indicator tests compare with a list of expected keys)."""
    return sorted(cited_row_keys(text, lex, units, published_year, horizon, uncoded=""))


def article_record(text: str, published: datetime.date | None = None) -> dict:
    """An articles row of ``text`` (article id "t", no title, province, byline or address) for
    ``extract_article``, published on ``published`` (None: undated)."""
    return {
        "article_id": "t",
        "text": text,
        "title": "",
        "province_code": None,
        "published_date": published,
        "byline": None,
        "source_url": None,
    }
