"""Which quantities of a clause can be a target's value.

The quantities with a curated unit ("7 - 7,5%", "1.573,1 tỷ đồng") and bare rates after a growth
word ("tăng 7,5%"), less the country's figures, the start of a change, a purpose's figure ("để
đạt ...") and values said in words that void them.
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract import dates
from pipelines.extract.context import classify
from pipelines.extract.numbers import NUMBER, Quantity, parse_number
from pipelines.text.segment import Span
from pipelines.extract.indicators.comparators import cue_start
from pipelines.extract.indicators.page import Page, segment_around, value_words
from pipelines.text.years import YEAR


def restated_in_brackets(page: Page, prev: Quantity, q: Quantity, named_end: int = 0) -> bool:
    """Whether ``q`` restates ``prev`` in another unit, in brackets right after it: "90 triệu
    đồng (3.500 USD)" is one target stated twice (CONVENTIONS: two rows, one per unit), the
    brackets opening with a ``restated`` word and a comparator or not ("35 xã đạt chuẩn (tương
    đương 60% tổng số xã)", "70% số xã (tương đương 62 xã)"); ``named_end``, the end of the
    phrasing ``prev`` counts when it is written after it ("35 xã đạt chuẩn nông thôn mới (...)")."""
    end = max(prev.end, named_end)
    if prev.unit == q.unit or not in_brackets(page.text, (end, q.end), q.start):
        return False
    gap = page.folded[end : q.start].strip()
    if gap == "(":
        return True
    cue = cue_start(page, end, q)
    opened = page.folded[end:cue].strip() == "("  # "(tương đương hoặc nhiều hơn 50% ...)": a comparator
    return gap.startswith("(") and (opened or bool(page.words.restated.fullmatch(page.folded, end, cue)))


def _herald(page: Page, end: int, unit: str, figures: list[Quantity]) -> bool:
    """Whether value words ending at ``end`` herald the figure right after them, which states
    their value: in brackets ("2 con số (10,5% trở lên)") or after a comma in their unit
    ("tăng trưởng kinh tế 2 con số, từ 10-11%"); the words are then no quantity of their own."""
    if page.words.bracketed_figure.match(page.folded, end):
        return True
    m = page.words.figure_after_comma.match(page.folded, end)
    if m is None:
        return False
    return any(q.start == m.end() and q.unit == unit for q in figures)


def heralded_in_brackets(page: Page, segment: Span, q: Quantity) -> bool:
    """Whether ``q`` opens the brackets right after value words ("mục tiêu tăng trưởng hai con
    số (từ 10 - 11%)"): the figure the words herald, the statement's value, no bracketed aside."""
    for m in value_words(page.lex).find(page.text, segment[0], q.start):
        opened = page.words.bracketed_figure.match(page.folded, m.end)
        if opened and opened.end() - 1 == q.start:
            return True
    return False


def in_brackets(text: str, segment: Span, pos: int) -> bool:
    """Whether ``pos`` lies inside an open bracket of its segment ("575 (tăng 15%)")."""
    before = text[segment[0] : pos]
    return before.count("(") > before.count(")")


def quantities_in(page: Page, span: Span) -> list[Quantity]:
    """The quantities in ``span``: numbers with a curated unit, and value words ("tăng trưởng
    hai con số") unless a figure in brackets right after them states the value ("2 con số
    (10,5% trở lên)") or they set no value (``_void_words``)."""
    found = page.units.find(page.text, *span)
    for m in value_words(page.lex).find(page.text, *span):
        if any(q.start < m.end and m.start < q.end for q in found) or _void_words(page, span, m.start, found):
            continue
        comparator, low, unit = m.value
        if _herald(page, m.end, unit, found):
            continue
        found.append(Quantity(m.start, m.end, low, None, unit, False, comparator))
    found += _whole_shares(page, span, found)
    found += _bare_rates(page, span, found)
    return sorted(found, key=lambda q: q.start)


def _whole_shares(page: Page, span: Span, found: list[Quantity]) -> list[Quantity]:
    """The whole of what follows a target's year ("đến năm 2030, tất cả xã đạt chuẩn nông thôn
    mới nâng cao": ``whole_share``): eq 100 percent, as "100% xã ..." (CONVENTIONS, session 33);
    none after a purpose's year ("Để đạt ... năm 2025, tất cả các cấp ...": ``whole_share_void``)."""
    out = []
    for m in page.words.whole_share.finditer(page.folded, *span):
        opened = max(page.folded.rfind(c, 0, m.start()) for c in ",;.:\n") + 1
        if page.words.whole_share_void.search(page.folded, opened, m.start()):
            continue  # "Để đạt mục tiêu ... trong năm 2025, tất cả các cấp, ngành phải ...": a purpose's actors
        if m.end("w") <= span[1] and not any(q.start < m.end("w") and m.start("w") < q.end for q in found):
            out.append(Quantity(m.start("w"), m.end("w"), 100.0, None, "percent", False, "eq"))
    return out


def is_whole_share(page: Page, row: dict) -> bool:
    """Whether a row's value is a ``whole_share`` ("tất cả" after a year): a figure of its own,
    not value words that herald one."""
    return any(
        row["char_start"] <= m.start("w") < row["char_end"] for m in page.words.whole_share.finditer(page.folded)
    )


_BARE_RATE = re.compile(rf"\s+(?:\w+\s+){{0,2}}?({NUMBER})(?=\s*(?:\(|[;.]\s|[;.]?$|,\s))")


def _bare_rates(page: Page, span: Span, found: list[Quantity]) -> list[Quantity]:
    """Rates written without "%" right after a phrasing of a percent indicator and its verb
    ("Tỷ lệ đô thị hóa đạt 40,5 (...)": ``bare_rate_verb``): a decimal number up to
    100 that no unit follows is that rate in percent."""
    out = []
    for phrase in page.lex.indicators.find(page.text, *span):
        if page.lex.indicator_info[phrase.value]["unit"] != "percent":
            continue
        m = _BARE_RATE.match(page.text, phrase.end, span[1])
        if m is None or "," not in m.group(1) or any(q.start < m.end() and m.start(1) < q.end for q in found):
            continue
        if not page.words.bare_rate_verb.fullmatch(page.folded, phrase.end, m.start(1)):
            continue
        value = parse_number(m.group(1))
        if value <= 100:
            out.append(Quantity(m.start(1), m.end(1), value, None, "percent", False))
    return out


_EFFORT_REACH = 32  # characters before a value in words that its effort or purpose lead may take


def _void_words(page: Page, clause: Span, pos: int, figures: list[Quantity]) -> bool:
    """Whether a value in words at ``pos`` sets no value: an effort or what an action drives at
    ("nỗ lực gấp đôi", "thúc đẩy tăng trưởng hai con số": ``effort_lead``), or the further aim a figure before it in its clause serves ("phấn đấu
    tăng 8%, làm nền tảng cho tăng trưởng hai con số": ``serves``; with no figure before it,
    "tạo nền tảng cho mục tiêu tăng trưởng 2 con số năm 2026" is the aim itself when it names the
    aim and its year: ``_named_with_year``)."""
    effort = page.words.effort_lead.search(page.folded, max(clause[0], pos - _EFFORT_REACH), pos)
    if effort is not None:
        return not _aim_dated_after(page, clause, effort.start(), pos)
    if any(q.end <= pos for q in figures):
        return serves(page, clause, pos)
    return serves(page, clause, pos) and not _named_with_year(page, clause, pos)


_YEAR_AFTER = re.compile(rf"[^,;.]*?(?<!\d){YEAR}(?!\d)")
_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")


def _aim_dated_after(page: Page, clause: Span, lead: int, pos: int) -> bool:
    """Whether a purpose clause whose ``effort_lead`` (from ``lead``) names the aim
    (``served_aim_named``: "mục tiêu") dates it with a year after the value in words at ``pos``,
    in its comma segment: "nhằm đạt mục tiêu tăng trưởng hai con số trong năm 2026" is the
    province's aim, whatever the lead word (CONVENTIONS, session 33); "nhằm đạt mục tiêu tăng
    trưởng hai con số trong thời gian tới" and "để tăng trưởng năm 2026 đạt hai con số" are not."""
    if not page.words.served_aim_named.search(page.folded, lead, pos):
        return False
    seg = segment_around(page.text, clause, pos)
    return bool(_YEAR_AFTER.match(page.folded, pos, seg[1]))


def _named_with_year(page: Page, clause: Span, pos: int) -> bool:
    """Whether a value in words after a ``served_aim`` cue names the aim itself: a
    ``served_aim_named`` word ("mục tiêu") stands in or after the cue before it ("hướng tới mục
    tiêu tăng trưởng hai con số trong năm 2026"), and a year follows it in
    its comma segment ("tạo nền tảng cho mục tiêu tăng trưởng hai con số trong năm 2026") or its
    clause names one before the cue ("Năm 2026, thành phố ..., tạo nền tảng cho mục tiêu tăng
    trưởng 2 con số"); not "tạo tiền đề để hướng tới nhóm tăng trưởng hai con số trong giai đoạn
    tới" (CONVENTIONS, session 30)."""
    seg = segment_around(page.text, clause, pos)
    cue = None
    for cue in page.words.served_aim.finditer(page.folded, seg[0], pos):
        pass
    if cue is None or not page.words.served_aim_named.search(page.folded, cue.start(), pos):
        return False
    return bool(_YEAR_AFTER.match(page.folded, pos, seg[1]) or _YEAR.search(page.folded, clause[0], cue.start()))


def serves(page: Page, clause: Span, pos: int) -> bool:
    """Whether ``pos`` stands after a ``served_aim`` cue in its comma segment: "..., làm nền
    tảng cho tăng trưởng hai con số giai đoạn 2026 - 2030" names what a target serves; its value
    in words and its period set nothing."""
    seg = segment_around(page.text, clause, pos)
    return bool(page.words.served_aim.search(page.folded, seg[0], pos))


def serves_another(page: Page, clause: Span, pos: int, span: Span) -> bool:
    """Whether a year at ``pos`` stands in a served aim (``serves``) that the statement at ``span``
    is not part of: "phấn đấu tăng 8%, làm nền tảng cho tăng trưởng hai con số giai đoạn 2026 -
    2030" (2030 is not the 8 %'s year); the aim named inside it is dated by it ("góp phần hiện
    thực hóa mục tiêu tăng trưởng hai con số trong năm 2026": 2026)."""
    if not serves(page, clause, pos):
        return False
    seg = segment_around(page.text, clause, pos)
    cues = list(page.words.served_aim.finditer(page.folded, seg[0], pos))
    return not (cues and cues[-1].end() <= span[0] < pos)


def is_national(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether a quantity is the country's figure, not the province's: a national cue stands
    before it in its comma segment ("góp phần để tăng trưởng của cả nước đạt từ 10% trở lên"),
    not after a rank word that compares the province with the country ("dẫn đầu mục tiêu tăng
    trưởng cả nước (13%)", "nhóm 10 tỉnh dẫn đầu cả nước": ``national_rank``)."""
    seg = segment_around(page.text, clause, q.start)
    hit = page.words.national.search(page.folded, seg[0], q.start)
    return hit is not None and not page.words.national_rank.search(page.folded, seg[0], hit.start())


_SENTENCE_END = re.compile(r"\.\s")


def nationally_authored(page: Page, pos: int) -> bool:
    """Whether ``pos`` stands after the aims a national programme or strategy sets, in their
    paragraph: a ``national_author`` ("Chương trình mục tiêu quốc gia", "Chiến lược quốc gia", "Thủ
    tướng Chính phủ phê duyệt Chương trình") with a ``national_aim`` after it in its sentence ("...
    đặt mục tiêu đến năm 2030: ...", "..., mục tiêu cụ thể đặt ra là ...") and no ``local_scope``
    word between them nor between the aim and ``pos`` ("Thực hiện Chương trình mục tiêu quốc gia
    ..., tỉnh đặt mục tiêu ..." is the province's aim; so is a later "Tỉnh phấn đấu ..."). The
    figures are the country's targets, no rows (CONVENTIONS: only the province's targets are rows)."""
    start = page.text.rfind("\n", 0, pos) + 1
    for author in reversed(list(page.words.national_author.finditer(page.folded, start, pos))):
        stop = _SENTENCE_END.search(page.text, author.end(), pos)
        aim = page.words.national_aim.search(page.folded, author.end(), stop.start() if stop else pos)
        if aim is None:
            continue
        local = page.words.local_scope
        return not (local.search(page.folded, author.start(), aim.start()) or local.search(page.folded, aim.end(), pos))
    return False


def change_start(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether a value only starts a change to the target after it ("đưa tốc độ tăng trưởng
    năm 2025 từ 8,87% lên 10%", "giảm tỷ lệ hộ nghèo từ 4% xuống 2%": ``range_from`` before it,
    ``change_to`` after it and a number after that): the level left behind is no target, also
    with its own comparator ("nâng chỉ tiêu từ trên 11% lên trên 12%")."""
    to = page.words.change_to.match(page.folded, q.end) or _cited_change_to(page, clause, q)
    if not to or not re.match(r"\s*\D{0,20}?\d", page.folded[to.end() : clause[1]]):
        return False
    starts = {q.start, cue_start(page, clause[0], q)}
    return any(page.words.change_from.search(page.folded, max(clause[0], s - 10), s) for s in starts)


def _cited_change_to(page: Page, clause: Span, q: Quantity) -> re.Match | None:
    """The ``change_to`` word after a text cited between it and the level left behind ("điều
    chỉnh chỉ tiêu tăng trưởng từ 6,5% tại Nghị quyết số 58/NQ-HĐND ngày 12/10/2024 lên 8%": the
    old target is the cited text's)."""
    cited = page.words.cited_change.match(page.folded, q.end, clause[1])
    return page.words.change_to.match(page.folded, cited.end()) if cited else None


def measured(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether a quantity is a result measured against the target named right after it: "GRDP
    tăng 9,2%, vượt mục tiêu 8,5%" (``measured_lead`` then a target cue): 9,2 is no target. A
    figure its clause aims at by its own cues before it is the province's higher aim beside the
    target it passes ("tỉnh phấn đấu tăng trưởng đạt 10%, cao hơn chỉ tiêu 8% Chính phủ giao":
    two rows, CONVENTIONS); a figure written over the plan's words after a slash is measured
    whatever its own cues ("dự kiến đạt 19%/chỉ tiêu trên 14%": an estimate set against the
    target, CONVENTIONS session 42)."""
    for hit in page.lex.target_cues.find(page.text, q.end, clause[1]):
        lead = page.words.measured_lead.fullmatch(page.folded, q.end, hit.start)
        return lead is not None and ("/" in lead.group() or not _aimed(page, clause, q))
    return False


def reports_measured(page: Page, clause: Span) -> bool:
    """Whether a clause reports a result measured against a target ("cả năm tăng 6,05%, thấp hơn
    chỉ tiêu đề ra (khoảng 7 - 7,5%)": a ``measured`` figure): the target cue sets its target's
    figure, but the statements after it go on with the review, not with an aim."""
    return any(measured(page, clause, q) for q in quantities_in(page, clause))


def purposed(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether ``q`` stands in a purpose clause that names its aim and no year: a purpose word
    (``list_purpose``: "để", "nhằm", as written) opens its comma segment a few words before
    ``served_aim_named`` ("mục tiêu"), and the segment names no year or period ("Để thực hiện mục
    tiêu phấn đấu giải quyết việc làm cho 18.000 lao động, tỉnh yêu cầu ..."). Such a clause
    serves another act: it sets no row, whatever year the page plans (CONVENTIONS, sessions 30,
    31, 33 and 43); with its year it is a row ("Để đạt mục tiêu đến năm 2028 phát triển
    20.000 ha chè, ...")."""
    seg = segment_around(page.text, clause, q.start)
    if dates.find_years(page.text, page.words, *seg) or dates.find_periods(page.text, *seg):
        return False
    return any(
        page.words.list_purpose.search(page.text[seg[0] : m.start()].lower().lstrip(" -–•+*") + " ")
        for m in page.words.served_aim_named.finditer(page.folded, seg[0], q.start)
    )


def difference(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether a quantity only says how far a target is passed, the target's own figure unwritten:
    "phấn đấu tăng trưởng GRDP cao hơn 1,5% so với chỉ tiêu Nghị quyết đề ra" (a ``measured_lead``
    word right before it, ``difference_base`` words right after it): no row (CONVENTIONS)."""
    lead = page.words.difference_lead.search(page.folded, max(clause[0], q.start - 20), q.start)
    return lead is not None and bool(page.words.difference_base.match(page.folded, q.end, clause[1]))


def _aimed(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether the words of ``q``'s clause before it make it a target by their own cues."""
    before = (clause[0], q.start)
    alone = dataclasses.replace(page.cues, default="", strict=True)
    return classify(page.text, before, before, before, "", alone) == "target"
