"""A yearly list on an undated page: every year it lists is a row.

An undated text that sets figures year by year, one list item a year ("- Năm 2023: 50 xã,
phường.", "- Năm 2024: 70 xã, phường."), dates each figure by its item's year; the earlier years
of the list are targets too, not results before the plan year (CONVENTIONS, Indicators,
session 36: "on an undated text, a yearly list ... gives a row for every year it lists").

Rules (``yearly_item``):
1. the page has no publication year;
2. the paragraph opens, after a list marker, with a bare year ("Năm 2023", no lead such as
   "đến") followed by a colon;
3. the paragraph before or after it opens the same way with another year (one dated item alone
   is no yearly list).
"""

from __future__ import annotations

import re

from pipelines.extract import dates
from pipelines.extract.indicators.page import Page
from pipelines.text.segment import Span

_MARKER = re.compile(r"\s*(?:[-+•*–]|\(?[0-9a-zđ]{1,2}[.)])?\s*")
_COLON = re.compile(r"\s*:")


def _opening_year(page: Page, para: Span) -> int | None:
    """The bare year a paragraph opens with before a colon ("- Năm 2024: ..." -> 2024), else None."""
    start = _MARKER.match(page.folded, para[0], para[1])
    at = start.end() if start else para[0]
    found = dates.find_years(page.text, page.words, at, min(para[1], at + 12))
    if not found or found[0][0] != at or found[0][3]:
        return None
    return found[0][2] if _COLON.match(page.folded, found[0][1], para[1]) else None


def yearly_item(page: Page, para: Span) -> bool:
    """Whether ``para`` is an item of a yearly list on an undated page: it opens with "Năm Y:"
    and a neighbouring paragraph opens with another year so.

    Example: "- Năm 2023: 50 xã, phường." followed by "- Năm 2024: 70 xã, phường." -> True.
    """
    if page.cues.published_year is not None:
        return False
    year = _opening_year(page, para)
    if year is None or para not in page.paras:
        return False
    k = page.paras.index(para)
    neighbours = page.paras[max(0, k - 1) : k] + page.paras[k + 1 : k + 2]
    return any(_opening_year(page, p) not in (None, year) for p in neighbours)
