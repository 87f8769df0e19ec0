"""The types a target count or measure is broken down into after "gồm:", which are no rows.

A page often states a count and lists its kinds right after it: "toàn tỉnh có 12 đô thị, gồm:
01 đô thị loại I; 03 đô thị loại IV; 08 đô thị loại V". The kinds are parts of the one total
(CONVENTIONS, session 36: a breakdown after "gồm:" gives no rows, as parts of a total do); only
the total is a row. A list after "gồm:" that follows no count of the same noun ("các chỉ tiêu
gồm: có 12 đô thị; ...") is no breakdown and is left alone.

An area or an output (any measure but a share or rate) is read the same way (session 44: "diện
tích đạt 9.000 ha, bao gồm: 2.000 ha ...; 4.000 ha ..."): the figures of the total's unit after
the cue are parts, whether or not they add up. A figure of another unit (a type's output beside
its area, session 41) is another measure and stays, and so does a standing component the lexicon
curates (``standing_part_of``, session 43: domestic revenue under the budget revenue).
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.listed_parts import unit_key
from pipelines.extract.indicators.page import Page
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import sentence_end

_TOTAL_GAP = 40  # characters between a total's figure and the "gồm:" that lists its kinds
_RATES = (None, "percent", "percentage_point")  # shares and rates are no totals of parts


def type_part(row: dict, page: Page) -> bool:
    """Whether a count or measure row is one kind of a total stated right before a
    ``type_breakdown`` cue of its paragraph ("gồm:", "bao gồm:"), the total naming the same
    counted noun (a measure: the same unit) and a larger number, no sentence end between.
    Examples: "03 đô thị loại IV" in "có 12 đô thị, gồm: 01 đô thị loại I; 03 đô thị loại IV"
    and "2.000 ha nuôi thâm canh" in "đạt 9.000 ha, bao gồm: 2.000 ha nuôi thâm canh; ..." are
    no rows; the totals stay."""
    if row["unit"] in _RATES or row["value_low"] is None or _standing(row, page):
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
        len(gap) <= _TOTAL_GAP
        and not re.search(r"[\d;.]", gap)
        and _same_measure(page, total, part, row["unit"] == "count")
        and (total.high or total.low) > (row["value_high"] or row["value_low"])
    )


def _same_measure(page: Page, total: Quantity, part: Quantity, count: bool) -> bool:
    """Whether a part measures what its total does: a count the same counted noun, a measure the
    same unit ("1.500 ha" under "57.000 ha"; "60.000 tấn" under "12.000 ha" is another measure)."""
    if count:
        return total.unit == "count" and _noun(page, total) == _noun(page, part)
    return unit_key(page, total) == unit_key(page, part)


def _standing(row: dict, page: Page) -> bool:
    """Whether the row's code is a standing component of a whole (``standing_part_of``)."""
    code = row["indicator_code"]
    return code is not None and bool(page.lex.indicator_info[code]["standing_part_of"])


def _noun(page: Page, q: Quantity) -> str:
    """The counted noun a quantity names after its number ("12 đô thị" -> "đô thị")."""
    return re.sub(r"^[\d\s.,–-]+", "", page.folded[q.start : q.end]).strip()


def _lead(page: Page) -> re.Pattern:
    """The compiled ``type_breakdown`` cues, built once per lexicon."""
    return compiled(page.lex, "type_parts", lambda lex: re.compile(alternation(role_cues(lex, "type_breakdown"))))
