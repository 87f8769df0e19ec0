"""Indicator targets in an article -> ``indicators`` rows.

Steps, clause by clause (``;`` and ``:`` end a clause):
1. find curated indicator phrasings ("tốc độ tăng trưởng GRDP", "đóng góp của TFP"), the
   scoped phrasings valid under a cue said earlier in the sentence or list heading ("Cơ cấu
   kinh tế: công nghiệp - xây dựng khoảng 56%; dịch vụ khoảng 33%"), and quantities with a
   curated unit ("7 - 7,5%", "1.573,1 tỷ đồng", "1,5%/năm", "top 15"), less the numbers written
   inside a phrasing ("giá trị sản phẩm thu hoạch trên 1 ha": part of the name);
2. pair each quantity with the phrasing it counts when that is written right after the number
   ("có ít nhất 95 xã đạt chuẩn nông thôn mới", "50% số xã đạt chuẩn ...", "4,5 triệu lượt
   khách du lịch": the unit is the phrasing's head noun, and the value's unit must suit the
   code), else with the nearest phrasing before it in the clause (a phrasing that only
   complements another — "đóng góp của TFP vào tăng trưởng kinh tế" — yields to the head).
   A number between them blocks the pairing unless the value is restated ("125 - 130 triệu
   đồng, tương đương 5.300 - 5.500 USD") or a new year begins an elliptical target ("đạt
   khoảng 40%, đến năm 2030 không thấp hơn 50%"; after a ';' too, when the new clause opens
   with its year or period: "... 8.000 USD; đến năm 2030, đạt khoảng 12.000 USD");
   the code may switch with the unit or a word in between (``unit_switches.csv``: "GRDP bình
   quân đầu người ... USD" is GRDP_PER_CAPITA_USD);
3. keep it only if the clause reads as a target (``context.classify``): results and estimates
   ("ước đạt", "so với cùng kỳ") are never indicators, save an estimate of a year not yet begun
   or an item of a list of a plan's targets ("Các chỉ tiêu chủ yếu năm 2026: ... ước đạt ...":
   ``plan_estimate``), which states the plan's figure;
4. the comparator comes from the curated cue right before the number ("trên", "không dưới",
   "xuống còn") or after it ("trở lên"); a range is ``between``;
5. the target year is the nearest year in the same comma segment ("năm 2021 đạt ...", "trước
   năm 2025"), else in the clause, else earlier in the sentence ("Mục tiêu đến năm 2025, ...;
   ..."; ``scope_year``), else in the heading of the list ("Các chỉ tiêu chủ yếu đến năm
   2030:"), else the year carried from the paragraph before, else the article's plan horizon;
   a baseline year ("so với năm 2020") is never a target year;
6. a phrasing with no quantity in a target clause is an ``achieve`` row when it states a
   checkable state itself ("đạt chuẩn nông thôn mới": checkable, unit ``other``) or an achieve
   cue follows it ("PCI ... trở lại nhóm đầu cả nước"), and no value of its code was found in
   the clause ("chỉ số ... (PII) thuộc nhóm 30 địa phương dẫn đầu" is one numeric row);
7. one row per (code, comparator, values, year): the longest statement is kept;
8. a quantity in a target clause that no phrasing takes is an uncoded row (``indicator_code``
   null) when the words of its segment name what it counts (``labels.uncoded_label``:
   "Trồng mới 6.500 ha rừng tập trung", "Sản lượng lương thực đạt 580 nghìn tấn");
9. flattened tables (``flat_tables``) give one row per table row, coded when a phrasing is in
   the row's name;
10. a row whose target year lies before the article's publication year reports the past
   ("Đến cuối năm 2023, toàn tỉnh có ..." in a January 2024 article): it is dropped; on a page
   that plans the year after its publication year (``frame.page_frame``), the publication
   year itself is under review, not planned ("Năm 2025 ... đã thu hút ..." in a December 2025
   article that hands out the 2026 targets);
11. in a clause that is no target, a plan figure in brackets beside a result ("ước tăng 6,8%
   (kế hoạch năm 2024 tăng 8 - 8,5%)": ``bracketed_plans``) is a target of its year, of the
   phrasing or subject of that result;
12. a money row in a currency other than its code's (``currency``: "thu nhập bình quân đầu người
   đạt 2.500 USD" read as INCOME_PER_CAPITA, held in đồng) loses its code, and so does a row in
   a unit its code does not hold (``held_units``: "doanh thu du lịch tăng 15%" read as
   TOURISM_REVENUE, an amount);
13. a list of targets the province assigns to its districts (``area_targets``: "giao chỉ tiêu
   giảm tỷ lệ hộ nghèo cho các huyện. Cụ thể, huyện A giảm 3% (400 hộ); ...") gives a row per
   district, in points, and one per bracketed count, instead of what was read there.

A paragraph that ends with ';' hands its list on to the next paragraph (``Carry``): a list of
targets pasted as several plain paragraphs keeps its context and year.

The page frame also gives the default context (a target-setting page makes statements with no
cue of their own targets) and the default plan year. Connective words (fillers, restatements,
elliptical next-year targets, label trimming) come from ``indicator_cues.csv`` (``cue_words``).

Modules of this package, in the order they build on each other:
- ``page``: One article being read (``Page``), one target clause (``Clause``) and what a paragraph
  hands on to the next (``Carry``), with what every step shares: the curated unit table, the page's
  default plan year and the comma segment around a position.
- ``comparators``: The comparator of a target value, and the text a pairing may skip.
- ``quantities``: Which quantities of a clause can be a target's value.
- ``years``: The target year of a value.
- ``phrasings``: Pairing a quantity with the curated phrasing it counts.
- ``restated``: Filters over a page's rows once it is read.
- ``rows``: The rows of one target clause.
- ``ranks``: Standings and group ranks as rows ("PCI thuộc nhóm 10 tỉnh dẫn đầu", "nằm trong top
  15"): the indexes a standing ranks, and a numbered group of the best (lte N).
- ``brackets``: Plan figures in brackets beside a result.
- ``layouts``: A master plan's layout quoted by a page (its zones and their area): no rows.
- ``phases``: Phases of a period's figure after "trong đó" or in a sentence of their own ("Riêng năm
  2022, ..."): rows of the period's measure for the phase's end year, never parts of the total.
- ``production_parts``: Sectors' rates in brackets after a growth of production value: no rows.
- ``undated_status``: An earlier year's end or an ended period on an undated page: no rows.
- ``area_targets``: Targets a province assigns to each of its districts in a list.
- ``tables``: Rows of flattened tables (``flat_tables``, ``column_tables``).
- ``clauses``: How a sentence's clauses hang together.
- ``paragraphs``: Reading a paragraph clause by clause.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.context import Cues
from pipelines.extract.column_tables import column_tables, spaced_tables
from pipelines.extract.cue_words import cue_words
from pipelines.extract.flat_tables import FlatTable, flat_tables
from pipelines.extract.frame import Frame, page_frame
from pipelines.extract.ids import assign_statement_ids
from pipelines.extract.label_codes import code_labels
from pipelines.extract.inherited_increments import code_inherited_increments
from pipelines.extract.increment_phases import code_increment_phases
from pipelines.extract.second_standards import second_standard_rows
from pipelines.extract.numbers import UnitTable
from pipelines.extract.parts import code_parts
from pipelines.extract.period_sums import uncode_period_sums
from pipelines.extract.plausible import uncode_implausible
from pipelines.extract.currency import uncode_foreign_currency
from pipelines.extract.held_units import uncode_unheld_units
from pipelines.extract.shares import code_shares
from pipelines.extract.year_parts import uncode_year_parts
from pipelines.text.segment import Span
from pipelines.extract.sector_pages import code_sector_growth
from pipelines.extract.indicators.area_targets import area_targets
from pipelines.extract.indicators.district_parts import district_part
from pipelines.extract.indicators.type_parts import type_part
from pipelines.extract.indicators.listed_parts import listed_part
from pipelines.extract.indicators.phases import phased
from pipelines.extract.indicators.kept_up import kept_up
from pipelines.extract.indicators.production_parts import production_part
from pipelines.extract.indicators.layouts import plan_layout
from pipelines.extract.indicators.undated_status import undated_past
from pipelines.extract.indicators.yearly_counts import uncode_subgroups
from pipelines.extract.indicators.page import unit_table, Page
from pipelines.extract.indicators.paragraphs import paragraph_rows
from pipelines.extract.indicators.phrasings import switch_code
from pipelines.extract.indicators.restated import (
    headline_restates,
    lead_restates,
    not_past,
    part_of_total,
    restates_coded,
    said_in_words,
)
from pipelines.extract.indicators.tables import table_rows
from pipelines.extract.indicators.years import marked_year, reviewed_year, undated_plan_end
from pipelines.extract.reduction_parts import point_parts

__all__ = ["indicator_rows", "switch_code", "unit_table"]


def indicator_rows(
    article_id: str,
    text: str,
    paragraph_spans: list[Span],
    horizon: int | None,
    lex: Lexicons,
    units: UnitTable,
    published_year: int | None = None,
) -> list[dict]:
    """Rows of the ``indicators`` table for one article (without document/objective links).

    ``horizon`` is the default target year; ``published_year``, when known, is the first year
    a target can be due in (earlier years are results).
    """
    published_year = reviewed_year(text, published_year, cue_words(lex))
    frame = page_frame(text, lex, published_year)
    horizon = horizon or marked_year(text, published_year) or undated_plan_end(text, published_year, cue_words(lex))
    strict = _results_page(text, paragraph_spans, frame, lex, published_year)
    cues = Cues(lex, published_year, frame.context, strict=strict, plan_year=frame.plan_year, reports=strict)
    page = Page(article_id, text, lex, units, cues, frame, horizon, paras=paragraph_spans)
    columned = column_tables(text, paragraph_spans, lex, units) + spaced_tables(text, paragraph_spans, lex, units)
    taken = set().union(*(t.spans for t in columned)) if columned else set()
    tables = columned + flat_tables(text, [p for p in paragraph_spans if p not in taken], lex, units)
    _read_paragraphs(page, paragraph_spans, tables)
    _read_tables(page, paragraph_spans, tables)
    rows = [
        r
        for r in not_past(page, published_year)
        if not restates_coded(r, page)
        and not said_in_words(r, page)
        and not headline_restates(r, page)
        and not lead_restates(r, page)
        and (phased(r, page) or not _a_part(r, page))
        and not kept_up(r, page)
        and not production_part(r, page)
        and not plan_layout(r, page)
    ]
    rows = undated_past(rows, page)
    uncode_subgroups(rows, page)
    code_parts(text, rows, lex)
    code_shares(text, rows, lex, units, lambda code, unit: switch_code(code, unit, "", lex))
    code_labels(text, rows, lex, lambda code, unit: switch_code(code, unit, "", lex))
    code_sector_growth(text, paragraph_spans, rows, lex)
    code_inherited_increments(text, rows, lex)
    code_increment_phases(text, rows, lex)
    rows += second_standard_rows(text, rows, lex)
    uncode_implausible(rows)
    uncode_foreign_currency(rows, lex)
    uncode_unheld_units(rows, lex)
    uncode_year_parts(text, rows, lex)
    uncode_period_sums(text, rows, lex)
    point_parts(text, rows, lex)
    areas = area_targets(page, published_year)  # a list of districts' own targets replaces what was read there
    rows = [r for r in rows if not any(s <= r["char_start"] < e for s, e in areas.spans)] + areas.rows
    return assign_statement_ids(rows, "ind", "indicator_id")


def _a_part(row: dict, page: Page) -> bool:
    """Whether a row is a part of a total stated before it (the part filters); a phase of a
    period's figure never is (``phases``)."""
    return part_of_total(row, page) or district_part(row, page) or type_part(row, page) or listed_part(row, page)


def _read_paragraphs(page: Page, paragraph_spans: list[Span], tables: list[FlatTable]) -> None:
    """Step 1: the running paragraphs, outside flat tables and a legal text's header; a list's
    context carries from one paragraph to the next."""
    skip = set().union(*(t.spans for t in tables)) if tables else set()
    skip |= _legal_header(page, paragraph_spans)
    carry, kept = None, None
    for para in paragraph_spans:
        if _IMAGE_FILE.match(page.text, *para):  # a photo's file name: its caption follows
            carry, kept = None, carry
            continue
        carry = None if para in skip else paragraph_rows(page, para, carry)
        if kept is not None:  # the photo and its caption interrupt the list; it goes on after them
            carry, kept = kept, None


# a paragraph that is only an image's file name ("IMG_2380.JPG", "quang-canh.jpg")
_IMAGE_FILE = re.compile(r"\s*\S+\.(?:jpe?g|png|gif|webp)\s*$", re.IGNORECASE)


def _read_tables(page: Page, paragraph_spans: list[Span], tables: list[FlatTable]) -> None:
    """Step 2: each flat table, in the context of the paragraph before it."""
    for table in tables:
        first = table.header[0] if table.header else min(table.spans)
        before = [p for p in paragraph_spans if p[1] <= first[0]]
        table_rows(page, table, before[-1] if before else None)


def _results_page(text: str, paras: list[Span], frame: Frame, lex: Lexicons, published_year: int | None) -> bool:
    """Whether only a statement's own cues can make it a target: a page whose title reports
    results ("Kết quả kinh tế - xã hội 6 tháng đầu năm 2024") and names no later year than its
    publication ("... tăng trưởng xanh đến năm 2030" looks ahead: not such a page)."""
    if frame.kind != "results" or not paras:
        return False
    title = paras[0]
    years = [y for _, _, y, _ in dates.find_years(text, cue_words(lex), *title)]
    years += [y2 for _, _, _, y2 in dates.find_periods(text, *title)]
    return not any(published_year is None or y > published_year for y in years)


def _legal_header(page: Page, paragraph_spans: list[Span]) -> set[Span]:
    """The upper-case title lines of a legal text, before its first preamble paragraph ("Căn
    cứ ..."): "VỀ NHIỆM VỤ, GIẢI PHÁP ... VỚI MỤC TIÊU TĂNG TRƯỞNG NĂM 2025 ĐẠT 8% TRỞ LÊN" names
    what the text is about (often a higher level's aim), it sets no target of its own."""
    first = next((i for i, p in enumerate(paragraph_spans) if page.words.preamble.match(page.folded, *p)), None)
    if first is None:
        return set()
    return {p for p in paragraph_spans[:first] if page.text[p[0] : p[1]].isupper()}
