"""Figures of a total's breakdown by district, which are no province targets.

A page often breaks a provincial total down by district right after stating it: "tỷ lệ hộ
nghèo cuối năm còn 5%, chia theo các huyện như sau: huyện A còn 3%; huyện B còn 7%", "trồng
900 ha rừng. Cụ thể, huyện A trồng 600 ha; B 300 ha", or in a bracket after the total "có thêm
20 sản phẩm (mỗi huyện có ít nhất 2 sản phẩm)". The districts' figures are parts of the one
target (CONVENTIONS: a total broken down), coded or not: the lexicon's codes hold the
province's figures. A district named alone with a target of its own ("trong đó huyện A đạt
chuẩn nông thôn mới nâng cao"; "mỗi huyện có ít nhất 1 xã ..." as a clause of its own) opens
no breakdown and is left alone.
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page


def district_part(row: dict, page: Page) -> bool:
    """Whether a row is a district's part of a total the page states before it, in its
    paragraph: it stands after a ``district_breakdown`` lead in its sentence ("chia theo các
    huyện như sau:", "Cụ thể, huyện ..."), or inside a bracket a ``district_each`` word opens
    ("(mỗi huyện ..."). Example: "huyện A còn 3%" in "tỷ lệ hộ nghèo còn 5%, chia theo các
    huyện như sau: huyện A còn 3%; ..." is no row."""
    start = row["char_start"]
    held = page.sentence_at(start)
    if held is None:
        return False
    para, sentence = held
    leads = _leads(page)
    lead = leads[0].search(page.folded, sentence[0], row["char_end"])  # "Cụ thể, huyện A trồng ..."
    if lead is None or lead.start() >= start:
        lead = next(
            (m for m in leads[1].finditer(page.folded, sentence[0], start) if ")" not in page.text[m.end() : start]),
            None,
        )
    return lead is not None and bool(page.units.find(page.text, para[0], lead.start()))


def _leads(page: Page) -> tuple[re.Pattern, re.Pattern]:
    """The compiled ``district_breakdown`` cues (whole words) and ``district_each`` cues right
    after an opening bracket, built once per lexicon."""
    return compiled(
        page.lex,
        "district_parts",
        lambda lex: (
            re.compile(rf"(?<!\w){alternation(role_cues(lex, 'district_breakdown'))}(?!\w)"),
            re.compile(rf"\(\s*{alternation(role_cues(lex, 'district_each'))}(?!\w)"),
        ),
    )
