"""Sectors' rates in brackets after a growth of production value, which are no rows.

A page may state the growth of the main sectors' production value and give each sector's rate in
brackets: "tốc độ tăng giá trị sản xuất của một số ngành chủ yếu đạt 9,2% (công nghiệp - xây
dựng tăng 7,1%; thương mại, dịch vụ tăng 11,4%)". The total is one uncoded row; the bracketed
rates are no rows: the sector codes hold value added, not production value (CONVENTIONS,
session 36).
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page

_FIGURE_BEFORE = re.compile(r"%\s*$")  # the total's rate right before the bracket


def production_part(row: dict, page: Page) -> bool:
    """Whether a row lies in brackets opened right after a rate whose clause names a production
    value (``production_value`` cue, no ';' or sentence end between). Example: "công nghiệp - xây
    dựng tăng 7,1%" in "giá trị sản xuất ... đạt 9,2% (công nghiệp - xây dựng tăng 7,1%; ...)" is
    no row; "đạt 9,2%" stays."""
    start = row["char_start"]
    para = page.para_at(start)
    if para is None:
        return False
    opened = page.text.rfind("(", para[0], start)
    if opened < 0 or ")" in page.text[opened:start]:
        return False
    clause = max(page.text.rfind(c, para[0], opened) for c in (";", ". ", ":")) + 1
    before = page.text[clause:opened]
    return bool(_FIGURE_BEFORE.search(before)) and bool(_cue(page).search(page.folded, clause, opened))


def _cue(page: Page) -> re.Pattern:
    """The compiled ``production_value`` cues, built once per lexicon."""
    return compiled(
        page.lex, "production_parts", lambda lex: re.compile(alternation(role_cues(lex, "production_value")))
    )
