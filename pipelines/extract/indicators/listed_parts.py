"""The parts a list after "Cụ thể:" / "trong đó" / "gồm" gives of a total stated before it.

A page often states a total and then lists what it is made of: "Đến năm 2030, diện tích 3 loại
cây ăn quả chủ lực đạt 52.000 ha, sản lượng 410.000 tấn. Cụ thể: sầu riêng 20.000 ha, sản lượng
180.000 tấn; bưởi 17.000 ha, sản lượng 150.000 tấn; xoài 15.000 ha, sản lượng 80.000 tấn". Each
kind's figure is a part of the one total (CONVENTIONS, a total broken down: sessions 19, 35 and
38): no row. The safest sign that the listed figures are parts is that, unit by unit, they add up
to the total stated before the lead (within rounding); a figure of another unit than every
total (a crop's output beside crop areas that are parts of a total area) is no part and stays.

Steps:
1. a ``listed_parts`` lead ("cụ thể:", "trong đó", "gồm") stands before the row's figure in its
   sentence; the list runs from the lead to the sentence's end;
2. the total is the last figure of the row's unit word before the lead, in the lead's sentence
   or, when the lead opens its sentence, in the sentence before it;
3. the list's items are split on ";" (outside brackets); the first figure of the unit in each
   item is the item's head. The heads add up to the total: they are parts; and in each item the
   figures after the head that add up to it are parts of the head. A list whose figures all
   stand in one ";"-item (the sentence may go on after it: "..., trong đó đưa 800 lao động đi
   làm việc ở nước ngoài, tạo việc làm mới cho 17.200 lao động, các phòng ban ...; ...") and add
   up to the total: all are parts.

Coded rows too: parts that add up to the total give no rows even when the lexicon codes them
(CONVENTIONS, session 42: labour exports among the jobs created); a single part that does not add
up ("thu ngân sách 10.000 tỷ đồng, trong đó thu nội địa 6.500 tỷ đồng") is no listed part and
keeps its code (session 19). A standing component of a whole (``indicator_lexicon.csv``,
``standing_part_of``: domestic revenue under the budget revenue, the sectors under GRDP) stays a
row whether or not the parts add up (session 43): "thu ngân sách 10.000 tỷ đồng, trong đó thu nội
địa 8.000 tỷ đồng, thu xuất nhập khẩu 2.000 tỷ đồng" keeps DOMESTIC_BUDGET_REVENUE, not the
uncoded import-export part. A figure that names a year or a period inside the total's period is a
phase of it (``phases``: "trong đó năm 2022 trồng 3.000 ha, giai đoạn 2023 - 2025 trồng 9.000 ha"):
it narrows the time, not what is counted, and is never a part (CONVENTIONS, session 42).
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span, sentences

_TOLERANCE = 0.005  # the parts' sum may miss the total by this share (rounding)
_RATES = (None, "percent", "percentage_point")  # shares and rates are not added up


def listed_part(row: dict, page: Page) -> bool:
    """Whether a row's figure is one of the listed parts of a total of its unit stated before a
    ``listed_parts`` lead (module steps). Example: "bưởi 17.000 ha" in "đạt 52.000 ha ... Cụ
    thể: sầu riêng 20.000 ha; bưởi 17.000 ha; xoài 15.000 ha" is no row; "đạt 52.000 ha" stays."""
    if row["unit"] in _RATES or row["value_low"] is None or _standing(row, page):
        return False
    start = row["char_start"]
    own = [q for q in page.units.find(page.text, start, row["char_end"]) if q.low == row["value_low"]]
    if not own or page.para_at(start) is None:
        return False
    part = own[-1]
    if part.start in page.phases:  # a phase narrows the time, not what is counted (``phases``)
        return False
    held = page.sentence_at(part.start)
    if held is None:
        return False
    para, sentence = held
    leads = list(_lead(page).finditer(page.folded, sentence[0], part.start))
    if not leads:
        return False
    lead = leads[-1]
    key = unit_key(page, part)
    total = total_before(page, para, sentence, lead.start(), key)
    if total is None:
        return False
    listed = [
        q
        for q in page.units.find(page.text, lead.end(), sentence[1])
        if unit_key(page, q) == key and q.start not in page.phases
    ]
    return part.start in _parts(page, total, listed, (lead.end(), sentence[1]))


def _standing(row: dict, page: Page) -> bool:
    """Whether the row's code is a standing component of a whole (``standing_part_of``)."""
    code = row["indicator_code"]
    return code is not None and bool(page.lex.indicator_info[code]["standing_part_of"])


def _parts(page: Page, total: Quantity, listed: list[Quantity], span: Span) -> set[int]:
    """The starts of the listed figures that are parts of ``total`` (module step 3)."""
    items = _items(page, span)
    heads, subs = [], []
    for item in items:
        inside = [q for q in listed if item[0] <= q.start < item[1]]
        if inside:
            heads.append(inside[0])
            subs.append(inside[1:])
    found: set[int] = set()
    if len(heads) >= 2 and _adds_up(heads, total):
        found |= {q.start for q in heads}
        for head, rest in zip(heads, subs):
            if len(rest) >= 2 and _adds_up(rest, head):
                found |= {q.start for q in rest}
    elif len(heads) == 1 and len(listed) >= 2 and _adds_up(listed, total):
        found |= {q.start for q in listed}
    return found


def _items(page: Page, span: Span) -> list[Span]:
    """``span`` split on the ";" that stand outside brackets."""
    out, depth, begin = [], 0, span[0]
    for i in range(span[0], span[1]):
        ch = page.text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            out.append((begin, i))
            begin = i + 1
    out.append((begin, span[1]))
    return out


def _adds_up(parts: list[Quantity], total: Quantity) -> bool:
    """Whether the parts' sum (of lows, of highs for ranges) meets the total's figure or range
    within ``_TOLERANCE``."""
    low = sum(q.low for q in parts)
    high = sum(q.high if q.high is not None else q.low for q in parts)
    t_low, t_high = total.low, total.high if total.high is not None else total.low
    return low * (1 - _TOLERANCE) <= t_high and t_low <= high * (1 + _TOLERANCE)


def total_before(page: Page, para: Span, sentence: Span, lead: int, key: tuple[str, str]) -> Quantity | None:
    """The last figure of unit ``key`` before the lead in its sentence; when there is none and
    the lead opens its sentence, the last one of the sentence before (in the paragraph before,
    when the lead's sentence opens its paragraph)."""
    same = [q for q in page.units.find(page.text, sentence[0], lead) if unit_key(page, q) == key]
    if same:
        return same[-1]
    if page.text[sentence[0] : lead].strip(" \t\n-–•*+"):
        return None
    before = _sentence_before(page, para, sentence)
    if before is None:
        return None
    same = [q for q in page.units.find(page.text, *before) if unit_key(page, q) == key]
    return same[-1] if same else None


def _sentence_before(page: Page, para: Span, sentence: Span) -> Span | None:
    """The sentence before ``sentence``: in its paragraph, else the last of the paragraph before."""
    earlier = [s for s in sentences(page.text, para) if s[1] <= sentence[0]]
    if earlier:
        return earlier[-1]
    paras = [p for p in page.paras if p[1] <= para[0]]
    if not paras:
        return None
    last = sentences(page.text, paras[-1])
    return last[-1] if last else None


def unit_key(page: Page, q: Quantity) -> tuple[str, str]:
    """A figure's unit and the last word of its unit phrase, scale words and a "/năm" aside
    ("659.780 tấn/năm" -> ("other", "tan"); "1,2 nghìn ha" -> ("other", "ha"))."""
    phrase = re.sub(r"^.*\d", "", page.folded[q.start : q.end]).split("/")[0].split()
    return q.unit, phrase[-1] if phrase else ""


def _lead(page: Page) -> re.Pattern:
    """The compiled ``listed_parts`` cues (whole words), built once per lexicon."""
    return compiled(
        page.lex,
        "listed_parts",
        lambda lex: re.compile(rf"(?<!\w){alternation(role_cues(lex, 'listed_parts'))}(?!\w)"),
    )
