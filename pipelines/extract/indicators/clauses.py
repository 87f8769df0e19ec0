"""How a sentence's clauses hang together.

Value clauses (``;`` and ``:`` end a clause, but not inside brackets), list leads and their
items, breakdowns ("trong đó ..."), and the context a clause takes from the lead before it.
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract import dates
from pipelines.extract.context import classify, narrates_done, plan_estimate
from pipelines.text.segment import Span, clauses
from pipelines.extract.indicators.brackets import open_bracket
from pipelines.extract.indicators.comparators import cue_start
from pipelines.extract.indicators.page import Page
from pipelines.extract.indicators.years import stated_years


LIST_ITEM = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s")


def clause_own(page: Page, clause: Span) -> str:
    """The context a clause's own cues give, nothing around it counted."""
    alone = dataclasses.replace(page.cues, default="", strict=True)
    return classify(page.text, clause, clause, clause, "", alone)


def list_lead(page: Page, sentence: Span, clause: Span) -> bool:
    """Whether a clause opens a list of targets inside its sentence: it ends with ':' and the
    opener, from the start of its sentence or its last ';', is a target by its own cues ("Đối
    với 14 chỉ tiêu văn hóa, xã hội gồm: ...": the cue may stand before a comma)."""
    if page.text[clause[1] - 1] != ":":
        return False
    start = page.text.rfind(";", sentence[0], clause[0]) + 1 or sentence[0]
    return clause_own(page, (max(start, sentence[0]), clause[1])) == "target"


def result_lead(page: Page, sentence: Span, clause: Span) -> bool:
    """Whether a clause opens a list of results inside its sentence: it holds a ':' and the
    opener, from the start of its sentence or its last ';' up to that ':', reports by its own
    cues ("đến nay toàn ngành đã thu được nhiều kết quả đáng ghi nhận: 15 xã đạt chuẩn; ...": a
    lead with no figure of its own shares its clause with the first item), as ``list_lead``
    opens aims."""
    colon = page.text.rfind(":", clause[0], clause[1])
    if colon < 0:
        return False
    start = page.text.rfind(";", sentence[0], clause[0]) + 1 or sentence[0]
    return clause_own(page, (max(start, sentence[0]), colon + 1)) == "result"


def under_result_lead(page: Page, clause: Span, lead: bool) -> str:
    """ "result" for an item after a results list's lead in its sentence (``result_lead``) with
    no target cue of its own: "Đến nay, tỉnh đã thu được kết quả đáng ghi nhận: 20 xã đạt chuẩn; tỷ
    lệ hộ nghèo 9,5%" reports both items, whatever aim an earlier clause of the sentence names
    ("... định hướng đến năm 2025; ..."); "" otherwise."""
    return "result" if lead and clause_own(page, clause) != "target" else ""


def under_lead(page: Page, clause: Span, lead: bool) -> str:
    """ "target" for an item after a target list's lead in its sentence (``list_lead``) whose
    own cues report no result ("duy trì 100% ..." is an item, not a review) other than the base
    the target is set against ("giảm 0,15% tỷ lệ ... so với năm trước": ``_base_only``); a
    result cue elsewhere in the sentence (another item's "so với năm trước") does not make the
    list a report; "" otherwise."""
    return "target" if lead and (clause_own(page, clause) != "result" or _base_only(page, clause)) else ""


def listed_item(page: Page, clause: Span, sentence: Span) -> str:
    """ "target" for an item of a list under a target heading or carried on by ';' whose only
    result cues, in the clause or else in its sentence, name the base the target is set against
    ("- Tỷ lệ hộ nghèo giảm 1,5% so với năm trước;": ``_base_only``); "" otherwise (the item is
    read as any other statement: "vượt so với kế hoạch" still reports)."""
    own = clause_own(page, clause)
    if own == "result":
        return "target" if _base_only(page, clause) else ""
    if own or not page.lex.result_cues.find(page.text, *sentence):
        return ""
    return "target" if _base_only(page, sentence) else ""


def _base_only(page: Page, clause: Span) -> bool:
    """Whether every result cue of a list item names no result: it lies in a comparison that
    names a target's base ("so với năm trước", "so với đầu năm": ``target_base``) or it is an
    estimate word that, in a list of a plan's targets, states the plan's figure ("Các chỉ tiêu
    chủ yếu năm 2026: tổng mức bán lẻ ... ước đạt 95.000 tỷ đồng": ``plan_estimate``)."""
    bases = [m.span() for m in page.words.target_base.finditer(page.folded, *clause)]
    hits = page.lex.result_cues.find(page.text, *clause)
    return bool(hits) and all(
        any(a < h.end and h.start < b for a, b in bases) or plan_estimate(page.text, (h.start, h.end), page.lex)
        for h in hits
    )


def breakdown(page: Page, clause: Span, before: str) -> str:
    """ "result" for a clause that breaks down a result clause before it in the sentence
    (``breakdown_lead``): "tỉnh đã đạt và vượt các chỉ tiêu Nghị quyết; trong đó, tăng trưởng
    bình quân giai đoạn 2021-2025 đạt 6,7%" reports, whatever period it names."""
    if before == "result" and page.words.breakdown_lead.match(page.folded, clause[0], clause[1]):
        return "result"
    return ""


def continued(page: Page, sentence: Span, last: str, said: Span) -> str:
    """The context of a sentence with no cue of its own in a paragraph that mixes targets and
    results: it goes on with the target stated before it in ``said`` ("Tỉnh đặt mục tiêu tăng
    trưởng 10%. Cơ cấu kinh tế: công nghiệp chiếm 40%."), unless it names a year of its own; an
    aim with neither a figure nor a year ("Sản xuất ổn định, bảo đảm mục tiêu an ninh lương
    thực.") sets none for the figures after it ("... đã đưa nông nghiệp tăng 4,2%" reports); nor
    does one narrate work done, its past word written with its tones ("Năm 2024, tỉnh có kế
    hoạch trồng 12.000 ha rừng. Các huyện đã trồng được 10.150 ha": ``narrates_done``)."""
    if not (page.units.find(page.text, *said) or stated_years(page, *said)):
        return ""
    if narrates_done(page.text, sentence, page.cues):
        return ""
    return "target" if last == "target" and not stated_years(page, *sentence) else ""


def _value_led(page: Page, span: Span) -> bool:
    """Whether a clause starts with its value ("từ 8.300 đến 8.500 USD", "dưới 3%")."""
    quantities = page.units.find(page.text, *span)
    if not quantities:
        return False
    return bool(page.words.filler.fullmatch(page.folded, span[0], cue_start(page, span[0], quantities[0])))


def _year_series(page: Page, before: Span, span: Span) -> bool:
    """Whether ``span`` goes on, after a ';', with the figure of the indicator the clause before
    it names, for another year or period: it opens with its year and names no indicator
    ("GRDP bình quân đầu người năm 2025 đạt 5.000 USD; đến năm 2030, đạt khoảng 8.000 USD",
    "tổng thu ngân sách giai đoạn 2026 - 2030 đạt 90.000 tỷ đồng; trong đó, năm 2030 đạt 21.000
    tỷ đồng"): the two are one statement, read as a comma would join them."""
    if page.text[before[1] - 1] != ";" or not (_year_led(page, span) or _period_led(page, span)):
        return False
    # a cue of its own makes it a statement apart ("năm 2025 ước đạt 7%"), unless both aim
    own = clause_own(page, span)
    return bool(page.units.find(page.text, *before)) and (not own or own == clause_own(page, before) == "target")


def _period_led(page: Page, span: Span) -> bool:
    """Whether a clause opens with the plan period its value is for and then the value, naming no
    indicator ("giai đoạn 2026 - 2030 tăng 7%")."""
    quantities = page.units.find(page.text, *span)
    if not quantities or len(page.text[span[0] : quantities[0].start].split()) > _YEAR_LED_WORDS + 2:
        return False
    lead = (span[0], quantities[0].start)
    return bool(dates.find_periods(page.text, *lead)) and not page.lex.indicators.find(page.text, *lead)


_YEAR_LED_WORDS = 6  # words before the value of a clause that opens with its year ("Đến năm 2020 đạt trên")


def _year_led(page: Page, span: Span) -> bool:
    """Whether a clause opens with the year its value is due in and then the value, naming no
    indicator ("Đến năm 2020 đạt trên 2.700 tỷ đồng"): after a name ended by ':' it is that
    name's value."""
    quantities = page.units.find(page.text, *span)
    if not quantities or len(page.text[span[0] : quantities[0].start].split()) > _YEAR_LED_WORDS:
        return False
    lead = (span[0], quantities[0].start)
    return bool(stated_years(page, *lead)) and not page.lex.indicators.find(page.text, *lead)


def value_clauses(page: Page, sentence: Span) -> list[Span]:
    """The clauses of a sentence, a name clause ended by ':' joined to the value clause after
    it: "(3) GRDP bình quân/người: từ 8.300 đến 8.500 USD", "Tổng thu từ khách du lịch: Đến năm
    2020 đạt trên 2.700 tỷ đồng" are one statement each; so is a series of one indicator's
    figures by year (``_year_series``)."""
    out: list[Span] = []
    for span in _year_labelled(page, clauses(page.text, sentence)):
        named = out and page.text[out[-1][1] - 1] == ":"
        joined = named and (_value_led(page, span) or _year_led(page, span))
        joined = joined or bool(out and _year_series(page, out[-1], span))
        if joined or (out and open_bracket(page.text, out[-1], span)):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _year_labelled(page: Page, spans: list[Span]) -> list[Span]:
    """Clauses with a year label ended by ':' joined to the value after it: in "chỉ tiêu cụ thể:
    năm 2026: 91%; năm 2027: 92%" the pieces "năm 2026:" and "91%;" are one clause, led by its
    year, as "năm 2026 91%;" would be."""
    out: list[Span] = []
    for span in spans:
        if out and _year_label(page, out[-1]) and _value_led(page, span):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _year_label(page: Page, span: Span) -> bool:
    """Whether a clause is only a year and its ':' ("năm 2026:", "Năm 2027:")."""
    if page.text[span[1] - 1] != ":" or page.units.find(page.text, *span):
        return False
    years = stated_years(page, *span)
    return len(years) == 1 and len(page.text[span[0] : span[1]].split()) <= _YEAR_LABEL_WORDS


_YEAR_LABEL_WORDS = 2  # "năm 2026:"
