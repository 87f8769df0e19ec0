"""The types a target count is broken down into after "gồm:", which are no rows.

A page often states a count and lists its kinds right after it: "toàn tỉnh có 12 đô thị, gồm:
01 đô thị loại I; 03 đô thị loại IV; 08 đô thị loại V". The kinds are parts of the one total
(CONVENTIONS, session 36: a breakdown after "gồm:" gives no rows, as parts of a total do); only
the total is a row. A list after "gồm:" that follows no count of the same noun ("các chỉ tiêu
gồm: có 12 đô thị; ...") is no breakdown and is left alone.
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import sentence_end

_TOTAL_GAP = 40  # characters between a total's count and the "gồm:" that lists its kinds


def type_part(row: dict, page: Page) -> bool:
    """Whether a count row is one kind of a total counted right before a ``type_breakdown`` cue
    of its paragraph ("gồm:"), the total naming the same counted noun and a larger number, no
    sentence end between. Example: "03 đô thị loại IV" in "có 12 đô thị, gồm: 01 đô thị loại I;
    03 đô thị loại IV" is no row; "12 đô thị" stays."""
    if row["unit"] != "count" or row["value_low"] is None:
        return False
    parts = [q for q in page.units.find(page.text, row["char_start"], row["char_end"]) if q.low == row["value_low"]]
    para = page.para_at(row["char_start"])
    if para is None or not parts:
        return False
    part = parts[-1]
    leads = list(_lead(page).finditer(page.folded, para[0], part.start))
    if not leads or sentence_end().search(page.text, leads[-1].end(), part.start):
        return False
    lead = leads[-1]
    before = page.units.find(page.text, para[0], lead.start())
    if not before:
        return False
    total = before[-1]
    gap = page.text[total.end : lead.start()]
    return (
        total.unit == "count"
        and len(gap) <= _TOTAL_GAP
        and not re.search(r"[\d;.]", gap)
        and _noun(page, total) == _noun(page, part)
        and (total.high or total.low) > (row["value_high"] or row["value_low"])
    )


def _noun(page: Page, q: Quantity) -> str:
    """The counted noun a quantity names after its number ("12 đô thị" -> "đô thị")."""
    return re.sub(r"^[\d\s.,–-]+", "", page.folded[q.start : q.end]).strip()


def _lead(page: Page) -> re.Pattern:
    """The compiled ``type_breakdown`` cues, built once per lexicon."""
    return compiled(page.lex, "type_parts", lambda lex: re.compile(alternation(role_cues(lex, "type_breakdown"))))
