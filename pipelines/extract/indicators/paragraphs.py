"""Reading a paragraph clause by clause.

Each clause takes its own cue, else its list heading's, else the page frame's context; a
paragraph ending with ';' hands its list and year on to the next (``Carry``); an aim stated
after a result in one sentence is read apart ("đạt 6,5%, phấn đấu năm 2025 đạt 7%").
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract.numbers import Quantity
from pipelines.extract import dates
from pipelines.extract.context import classify, is_heading, narrates_done, present
from pipelines.extract.split_phrasings import split_phrasings
from pipelines.extract.indicators.yearly_lists import yearly_item
from pipelines.text.segment import Span, sentences
from pipelines.extract.indicators.brackets import later, bracketed_plans, plans_over_results
from pipelines.extract.indicators.clauses import (
    LIST_ITEM,
    clause_own,
    list_lead,
    result_lead,
    under_result_lead,
    under_lead,
    listed_item,
    breakdown,
    continued,
    value_clauses,
)
from pipelines.extract.indicators.comparators import continues
from pipelines.extract.indicators.page import Page, Clause, segment_around, Carry
from pipelines.extract.indicators.phrasings import joined_past_comparator, with_scoped, is_named
from pipelines.extract.indicators.named_places import counts_named_places
from pipelines.extract.indicators.listed_kinds import counts_listed_kinds
from pipelines.extract.indicators.quantities import (
    quantities_in,
    is_national,
    nationally_authored,
    change_start,
    difference,
    measured,
    purposed,
    reports_measured,
)
from pipelines.extract.indicators.built_on import builds_on
from pipelines.extract.indicators.respective import respective_rows
from pipelines.extract.indicators.ranks import (
    group_rank_rows,
    describes,
    rank_rows_per_field,
    standing_rows,
    vision_is_rows,
)
from pipelines.extract.indicators.section_bases import comparisons, compared_figures, earlier_bases, only_bases
from pipelines.extract.indicators.rows import coded_row, achieve_rows, uncoded_row, keep
from pipelines.extract.indicators.level_growth import growth_of_level, growth_row_value
from pipelines.extract.indicators.none_left import none_left_states, without_bars, none_left_rows
from pipelines.extract.indicators.phases import phase_row, phase_sentence
from pipelines.extract.indicators.years import (
    stated_years,
    period_of_rate,
    carried_year,
    earlier_deadline,
    row_year,
    earlier_aim_year,
    scope_year,
    year_after_review,
    part_of_year,
    titled,
)


def _clause_rows(page: Page, clause: Clause) -> None:
    """Every row of one target clause: coded numeric rows, checkable states, uncoded rows; a
    result the clause's aim builds on ("Tỉnh tăng trưởng 9,5%, hướng tới mục tiêu 12%": ``builds_on``)
    gives none.
    A clause that states an area or a coastline with no year describes the province ("tỉnh
    rộng 5.120 km², dân số khoảng 3,2 triệu người"; ``describes``): no row."""
    if describes(page, clause.span) or nationally_authored(page, clause.span[1]):
        return  # a clause after a national programme's aims ("Chiến lược quốc gia ... đặt mục tiêu")
    regular = split_phrasings(page.text, clause.span, page.lex, page.lex.indicators.find(page.text, *clause.span))
    phrases = joined_past_comparator(page, clause.span, with_scoped(page, regular, clause))
    handed = respective_rows(page, clause, phrases)
    found = [q for q in quantities_in(page, clause.span) if not any(_overlaps(q, h) for h in page.handed)]
    compared = compared_figures(page, clause.span, list(clause.bases), found) if clause.bases else set()
    quantities = [
        q
        for q in found
        if id(q) not in compared
        and not measured(page, clause.span, q)
        and not difference(page, clause.span, q)
        and not purposed(page, clause.span, q)
        and not is_named(q, phrases)
        and not change_start(page, clause.span, q)
        and not counts_named_places(page, clause.span, q)
        and not counts_listed_kinds(page, clause.span, q)
    ]
    states = none_left_states(page, clause.span)  # "không còn xã nào có dưới 10 tiêu chí": no figure
    quantities = without_bars(quantities, states)
    used: set[int] = {id(h.item) for h in handed}
    # a result the aim builds on gives no row, yet still stands between a phrasing and the aim's figure
    built = {id(q) for q in quantities if builds_on(page, clause.span, q, found)}
    national = False
    for k in range(len(quantities)):
        # the country's figures go on through the years after the first ("toàn quốc năm 2022 là
        # 92%, năm 2023 là 93%"): those are the country's too
        national = (
            is_national(page, clause.span, quantities[k])
            or nationally_authored(page, quantities[k].start)
            or (national and continues(page, quantities[k - 1].end, quantities[k]))
        )
        if national or id(quantities[k]) in built:
            continue
        if phase_row(page, clause, quantities[k]):  # "..., trong đó giai đoạn 2021 - 2025 đạt 7,5%/năm"
            continue
        grown = growth_of_level(page, clause, k, quantities)
        if grown is not None:  # "đón 3 triệu lượt khách, tăng bình quân 14%/năm": the level's growth
            level, span = grown
            label, value, quoted = growth_row_value(page, level, span, quantities[k])
            keep(page, None, label, value, quoted, clause)
            used.update(id(p) for p in phrases if span[0] <= p.start and p.end <= span[1])
            continue
        phrase = coded_row(page, clause, k, quantities, phrases)  # phrases may be none: "giảm 1% hộ nghèo"
        if phrase is not None:
            used.add(id(phrase))
        else:
            uncoded_row(page, clause, k, quantities)
    achieve_rows(page, clause, phrases, used, quantities)
    none_left_rows(page, clause, states)
    group_rank_rows(page, clause)
    rank_rows_per_field(page, clause)
    vision_is_rows(page, clause)
    standing_rows(page, clause, quantities, [p for p in phrases if id(p) not in used])


def _overlaps(q: Quantity, span: Span) -> bool:
    return q.start < span[1] and span[0] < q.end


def paragraph_rows(page: Page, para: Span, carried: Carry | None = None) -> Carry | None:
    """The rows of one paragraph, clause by clause, in target clauses only; returns what the
    paragraph carries on to the next one (``Carry``): its list when it ends with ';', else only
    to a paragraph that breaks it down ("Trong đó, công nghiệp - xây dựng tăng 17-18%/năm, ...")."""
    text = page.text
    if page.words.preamble.match(page.folded, para[0], para[1]):
        return None  # "Căn cứ Nghị quyết ... bảo đảm mục tiêu tăng trưởng ... 8%": a cited text's aim
    if page.words.caption_lead.match(page.folded, para[0], para[1]):
        return None  # "Quang cảnh hội nghị giao chỉ tiêu ... cho 135 xã": a photo's caption sets nothing
    head = page.heads.get(para)
    own = dataclasses.replace(page.cues, default="")
    takes_on = carried and head is None and (carried.listing or page.words.breakdown_lead.match(page.folded, *para))
    takes_on = takes_on and not (carried and carried.section and _leaves_section(page, para, carried.year))
    inherited = page.headings.get(para, "") or (carried.context if carried and takes_on else "")
    inherited = inherited or page.sections.get(para, "")
    carry, last, reports, aims = Carry("", None), "", False, False
    last_said = para  # the sentence that gave ``last``
    announced = False  # the last statement announces aims with no figure ("Năm 2025 tỉnh đặt ra mục tiêu ...")
    listed = page.headings.get(para) == "target" or bool(takes_on and carried and not carried.section)
    after_review = _after_review_paragraph(page, para, carried, inherited)
    section_year = carried.year if takes_on and carried and carried.section else None
    sectioned = (
        inherited == "target" and not page.headings.get(para) and not (takes_on and carried and not carried.section)
    )
    for sent in sentences(text, para):
        before, lead, reported = "", False, False
        # a section's aims reach no sentence on what a place has now (CONVENTIONS, session 36)
        here = "" if sectioned and present(text, sent, own) else inherited
        for span in value_clauses(page, sent):
            context = breakdown(page, span, before) or under_lead(page, span, lead)
            listed_result = not context and bool(under_result_lead(page, span, reported and not lead))
            context = context or ("result" if listed_result else "")
            context = context or (listed_item(page, span, sent) if listed and inherited == "target" else "")
            context = context or classify(text, span, sent, para, here, own)
            if context in ("", "target") and phase_sentence(page, sent, span):
                context = "target"  # "Riêng năm 2022, ..." after a period's figure (CONVENTIONS, session 43)
            lead = lead or list_lead(page, sent, span)
            reported = (reported or result_lead(page, sent, span)) and not lead
            aim, named = (
                (None, False)
                if listed or lead
                else _section_year(page, para, sent, span, last, inherited, section_year)
            )
            bases = tuple(earlier_bases(page, span, aim, named))
            if bases and context != "target" and not listed_result and only_bases(page, span, aim, named):
                context = "target"  # "Xuất khẩu đạt 900 triệu USD, tăng 12% so với năm 2025" among the 2026 aims
            if not context and (not own.strict or announced):
                context = continued(page, sent, last, last_said)
            else:
                announced = _announces(page, sent, context)
            # a result measured against its target ("tăng 6,05%, thấp hơn chỉ tiêu đề ra (7 - 7,5%)")
            # reports: what follows it goes on with the review
            measured_result = context == "target" and reports_measured(page, span)
            last, before = ("result" if measured_result else context) or last, context
            last_said = sent if context else last_said
            reports = reports or context == "result" or measured_result
            aims = context == "target" if page.units.find(text, *span) else aims
            framed = not context and not after_review and classify(text, span, sent, para, "", page.cues) == "target"
            scope = (
                scope_year(page, sent, span, head)
                or earlier_deadline(page, para, sent)
                or (carried_year(page, para, carried) if inherited else None)
            )
            scope = (
                scope
                or earlier_aim_year(page, para, sent)
                or year_after_review(page, sent)
                or part_of_year(page, sent)
                or period_of_rate(page, span)
            )
            carry = Carry(context or _framed_context(page, span, framed) or _narrated(page, span, sent), scope)
            if context != "target" and not framed:
                bracketed_plans(page, span, sent, para)
                plans_over_results(page, span, sent, para)
                _aim_after_result(page, Clause(span, sent, head, scope or page.plan_year))
                if not listed_result:  # an item of a results list sets no aim before its result cue
                    _aim_before_result(page, Clause(span, sent, head, scope or page.plan_year))
                continue
            # an undated yearly list dates each item by its own year, the earlier ones too
            min_year = page.frame.plan_year if framed and not yearly_item(page, para) else None
            before_rows = len(page.found)
            _clause_rows(page, Clause(span, sent, head, scope or page.plan_year, min_year, bases))
            aim_year = row_year(page, before_rows)
            bracketed_plans(page, span, sent, para, aimed=True, aim_year=aim_year)
            carry = dataclasses.replace(carry, aim_year=aim_year)
    in_section = bool(takes_on and carried and carried.section)
    aims = aims and head is None and not own.strict  # its last figure is an aim by its own cues
    return _hand_on(page, para, carry, carried.year if in_section and carried else None, in_section, reports, aims)


def _section_year(
    page: Page, para: Span, sentence: Span, clause: Span, last: str, inherited: str, section_year: int | None
) -> tuple[int | None, bool]:
    """The year of the target section a plain clause stands in, for its comparisons with earlier
    years (``section_bases``), and whether its own sentence names it: the year that sentence sets
    aims for before its first comparison ("Năm 2026, tỉnh phấn đấu ..., tăng 9% so với năm
    trước"), else, after a target statement, the year an earlier sentence of the paragraph aims
    at, else the section's year."""
    compared = comparisons(page, clause)
    if not compared:
        return None, False
    own = (sentence[0], compared[0][0])  # what the sentence says before its first comparison
    if clause_own(page, own) == "target":
        years = stated_years(page, *own)
        if years:
            return years[-1][2], True
    if last == "target":
        return earlier_aim_year(page, para, sentence) or section_year, False
    return (section_year if inherited == "target" else None), False


def _announces(page: Page, sentence: Span, context: str) -> bool:
    """Whether a target sentence only announces the aims of a year it names, with no figure
    ("Năm 2025, tỉnh đặt ra mục tiêu về xây dựng nông thôn mới."): on a results page the
    sentences after it in its paragraph that have no cue or year of their own state those aims."""
    return context == "target" and not page.units.find(page.text, *sentence) and bool(stated_years(page, *sentence))


def _framed_context(page: Page, clause: Span, framed: bool) -> str:
    """The context a clause with no cue of its own hands on when the page frame alone would make
    it a target: "target", unless it narrates work done in a year before the frame's plan year
    ("năm 2023 tỉnh đã chịu tác động ..." on a page setting the 2024 aims), which reviews the
    past (as ``keep`` skips such a statement's rows): "result", so the paragraph after it goes
    on with the review (``_after_review_paragraph``)."""
    if not framed:
        return ""
    plan_year = page.frame.plan_year
    years = [y for _, _, y, _ in stated_years(page, *clause)]
    if plan_year and years and max(years) < plan_year and page.words.past_word.search(page.folded, *clause):
        return "result"
    return "target"


def _narrated(page: Page, clause: Span, sentence: Span) -> str:
    """The context a figure with no context of its own hands on when its sentence narrates work
    done or its outcome (``narrates_done``: "Nhờ đó, tỷ lệ hộ nghèo còn 12,4%, giảm 2,1% so với
    năm trước."): "result", so the paragraph after it goes on with the review
    (``_after_review_paragraph``); else none."""
    if not page.units.find(page.text, *clause):
        return ""
    return "result" if narrates_done(page.text, sentence, page.cues) else ""


def _after_review_paragraph(page: Page, para: Span, carried: Carry | None, inherited: str) -> bool:
    """Whether a prose paragraph (no list item) that inherits no context comes right after one
    whose last statement reports: it goes on with the review ("Năm 2024, tỉnh đạt 14/15 chỉ
    tiêu." then "Tốc độ tăng trưởng GRDP tăng 7,5% so với năm 2023; ..."), so the page's
    target-setting frame does not make its figures targets (its own cues still do). An item
    numbered in words ("Ba là, ...": ``list_ordinal``) is a list item too."""
    if not carried or carried.context != "result" or inherited:
        return False
    return not LIST_ITEM.match(page.text, para[0]) and not page.words.list_ordinal.match(page.folded, para[0])


def _aim_after_result(page: Page, clause: Clause) -> None:
    """The aim a clause that reports a result goes on to set after a comma ("GRDP năm 2025 ước
    tăng 8%, tạo đà để tỉnh đặt mục tiêu tăng trưởng trên 10% vào năm tới"): the part from the
    last comma before the first target cue after the last result cue, when its own cues make it
    a target and it names a later year (``later``), gives the rows of a target clause."""
    text, span = page.text, clause.span
    results = page.lex.result_cues.find(text, *span)
    aims = page.lex.target_cues.find(text, results[-1].end, span[1]) if results else []
    if not aims:
        return
    commas = [results[-1].end + m.start() for m in re.finditer(r",(?!\d)", text[results[-1].end : aims[0].start])]
    tail = (commas[-1] + 1, span[1]) if commas else None
    if tail and later(page, (span[0], tail[0]), tail) and clause_own(page, tail) == "target":
        _clause_rows(page, dataclasses.replace(clause, span=tail))


def _aim_before_result(page: Page, clause: Clause) -> None:
    """The aim a clause that reports sets before the comma its first result opens ("địa phương
    phấn đấu đón khoảng 18 triệu lượt khách, ..., với doanh thu ước đạt ..."; "tỉnh phấn đấu
    tăng trưởng 10%, 9 tháng ước đạt 8%"): the part before the last comma ahead of the first
    result cue gives the rows of a target clause when its own cues make it a target, an aim's
    cue opens its first figure's comma segment and it names no year already begun."""
    text, span = page.text, clause.span
    results = page.lex.result_cues.find(text, *span)
    if not results:
        return
    commas = [span[0] + m.start() for m in re.finditer(r",(?!\d)", text[span[0] : results[0].start])]
    if not commas:
        return
    head = (span[0], commas[-1])
    found = page.units.find(text, *head)
    aims = (
        page.lex.target_cues.find(text, segment_around(text, head, found[0].start)[0], found[0].start) if found else []
    )
    # the aim's cue comes first in the first figure's comma segment ("Tỉnh thu hút 8 triệu
    # lượt khách, dự kiến ..." and "Ngành X duy trì ..., giá trị đạt 39 tỷ đồng" report),
    # and the head names no year already begun ("GRDP năm 2023 duy trì ở mức cao (đạt 12%), ..."
    # in a 2023 article narrates the year)
    published = page.cues.published_year
    begun = published and any(y <= published for *_, y, _ in stated_years(page, *head))
    if aims and not begun and clause_own(page, head) == "target":
        _clause_rows(page, dataclasses.replace(clause, span=head))


def _hand_on(
    page: Page,
    para: Span,
    carry: Carry,
    section_year: int | None,
    in_section: bool,
    reports: bool,
    aims: bool = False,
) -> Carry:
    """What a paragraph hands on: its list when it ends with ';'; a target section when it opens
    one and reports nothing: the plain paragraphs after it state the section's targets with no
    cue of their own ("Về kinh tế, tốc độ tăng trưởng GRDP bình quân đạt khoảng 11%/năm."), until
    a paragraph reports a result, names an earlier year (``_leaves_section``) or a heading or
    caption line comes. A paragraph opens a section when it opens with a section lead ("Mục
    tiêu tổng quát là đến năm 2030, ...": ``section_lead``), or when its last figure is an aim
    by its own cues (``aims``) and it names the year the aims are due in ("Năm 2025, tỉnh phấn
    đấu GRDP tăng 8%." then "Thu ngân sách đạt 5.000 tỷ đồng."): its year is the section's."""
    opens = bool(page.words.section_lead.match(page.folded, *para))
    own = stated_years(page, *para) if opens or (aims and not in_section) else []
    own = [y for y in own if not titled(page, y[0])]
    opens = opens or bool(aims and own)
    carry = _untitled(page, para, carry)
    if (opens or in_section) and not reports and not is_heading(page.text[para[0] : para[1]]):
        year = own[-1][2] if own else _period_end(page, para) if opens else section_year
        return Carry("target", carry.year or year, listing=True, section=True)
    return carry if page.text[para[1] - 1] == ";" else dataclasses.replace(carry, listing=False)


def _untitled(page: Page, para: Span, carry: Carry) -> Carry:
    """``carry`` without its year when the paragraph names that year only inside titles
    ("... phát triển nhân lực phù hợp Chiến lược phát triển tỉnh đến năm 2030.": ``titled``): a
    title's year is no deadline of the list after it, which keeps its own or the page's year."""
    named = [s for s, _, y, _ in stated_years(page, *para) if y == carry.year]
    if named and all(titled(page, s) for s in named):
        return dataclasses.replace(carry, year=None)
    return carry


def _period_end(page: Page, para: Span) -> int | None:
    """The end of the last plan period a section's opener names when it names no single year
    ("25 chỉ tiêu chủ yếu được đặt ra cho nhiệm kỳ 2025–2030 ...": its targets fall due by 2030)."""
    periods = dates.find_periods(page.text, *para)
    return periods[-1][3] if periods else None


def _leaves_section(page: Page, para: Span, year: int | None) -> bool:
    """Whether a paragraph leaves the target section before it: it names a year before the
    section's ("Năm 2023, GRDP tăng 7%" after the 2025 targets), or, the section's year
    unknown, one not after the publication year; it reviews, it states no aim of the section."""
    years = [y for *_, y, _ in stated_years(page, *para)]
    published = page.cues.published_year
    if year:
        return any(y < year for y in years)
    return published is not None and any(y <= published for y in years)
