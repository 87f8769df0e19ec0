"""Indicator rows of one text, as the extractor gives them, each checked to be cited."""

from __future__ import annotations

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
