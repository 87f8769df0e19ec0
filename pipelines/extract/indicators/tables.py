"""Rows of flattened tables (``flat_tables``, ``column_tables``).

One row per table row, coded when a phrasing is in the row's name; the unit from the name's
brackets ("(tỷ đồng)", "(%)") and the year from the header or the text before the table.
"""

from __future__ import annotations

import dataclasses

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.context import classify
from pipelines.extract.flat_tables import FlatRow, FlatTable
from pipelines.extract.tones import same_tones
from pipelines.text.segment import Span
from pipelines.extract.indicators.page import Page
from pipelines.extract.indicators.phrasings import switch_code, unit_suits, rate_unit
from pipelines.extract.indicators.rows import keep
from pipelines.extract.indicators.years import header_years


def _table_context(page: Page, table: FlatTable, before: Span | None) -> tuple[str, int | None]:
    """Whether a flattened table states targets, and for which year: from its header ("Kế
    hoạch năm 2025" / "Ước TH năm 2021"), else the paragraph before it, else the page frame."""
    text, lex = page.text, page.lex
    years = [y for s in table.header for _, _, y, _ in header_years(text, s, lex)]
    if table.columns == "plan":  # the plan column of a results-and-plans table: "KH năm 2024"
        return "target", (max(years) if years else page.plan_year)
    for span in table.header:
        if lex.result_cues.find(text, *span) or lex.heading_result_cues.find(text, *span):
            return "result", None
    target = any(_aims(page, s) for s in table.header)
    if not target and before is not None:
        context = classify(text, before, before, before, "", page.cues)
        target = context == "target"
        if context == "result":
            return "result", None
    context = "target" if target else page.frame.context
    return context, (max(years) if years else page.plan_year)


def _aims(page: Page, span: Span) -> bool:
    """Whether a header line holds a target cue written with its own tones ("Bổ sung cân đối" is
    no "cần") and not inside a phrase that only contains one (``not_target``: "Bổ sung có mục
    tiêu" names a budget's targeted transfers)."""
    text, lex = page.text, page.lex
    covers = page.words.not_target.find(text, *span)
    hits = lex.target_cues.find(text, *span) + lex.heading_target_cues.find(text, *span)
    return any(
        same_tones(text, h, lex.tables["cues.csv"]) and not any(c.start <= h.start and h.end <= c.end for c in covers)
        for h in hits
    )


def table_rows(page: Page, table: FlatTable, before: Span | None) -> None:
    """Step 9: one row per row of a flattened table that states targets."""
    context, year = _table_context(page, table, before)
    if context != "target":
        return
    totals: dict[str, str | None] = {}  # the code of the last whole per value column
    for row in table.rows:
        if row.unit == "other" and "(" not in page.text[row.name[0] : row.name[1]]:
            row = _unit_from_code(page, row)
        code, label = _table_code(page, row)
        if row.column == "growth":
            code = _growth_cell_code(page, row, code)
        if row.part and (code is None or code not in _part_codes(page.lex, totals.get(row.column))):
            continue  # a part of a whole ("- Khu vực I"): a row only as a coded part of its coded whole
        if not row.part:
            totals[row.column] = code
        unit = rate_unit(page, code, row.unit)
        keep(page, code, label, (row.comparator, row.low, row.high, unit, year), (row.name[0], row.value[1]))


def _growth_cell_code(page: Page, row: FlatRow, code: str | None) -> str | None:
    """The code of a table's average-growth cell: its name's phrasing, else the code its
    subject gives a rate ("GRDP giá so sánh": GRDP_GROWTH); none for a value at current prices
    (``nominal``: "GRDP giá hiện hành" grows in nominal terms)."""
    if page.words.nominal.search(page.folded, *row.label):
        return None
    if code is not None or page.lex.indicators.find(page.text, *row.label):
        return code  # a name that names another measure ("GRDP bình quân đầu người") grows uncoded
    for m in page.lex.indicator_subjects.find(page.text, *row.label):
        return page.lex.subject_codes.get((m.value, row.unit))
    return None


def _part_codes(lex: Lexicons, whole: str | None) -> set[str]:
    """The codes a part of a whole coded ``whole`` may take: those its scopes give (under
    GRDP growth, the sectors' growth: ``indicator_scoped_phrasings.csv`` scopes that are
    phrasings of the whole's code)."""
    if whole is None:
        return set()
    df = lex.tables["indicator_scoped_phrasings.csv"]
    scopes = {sc for sc in set(df["scope"]) if any(m.value == whole for m in lex.indicators.find(sc, 0, len(sc)))}
    return set(df[df["scope"].isin(scopes)]["indicator_code"])


def _unit_from_code(page: Page, row: FlatRow) -> FlatRow:
    """A row whose name and cell give no unit takes the unit of the indicator its name
    names: "Số bác sĩ trên vạn dân | 15 - 16" counts doctors."""
    for phrase in page.lex.indicators.find(page.text, *row.label):
        return dataclasses.replace(row, unit=page.lex.indicator_info[phrase.value]["unit"])
    return row


def _table_code(page: Page, row: FlatRow) -> tuple[str | None, str]:
    """The code and label of a table row: the first phrasing in its name whose unit suits the
    value, else uncoded with the name (without its bracketed unit) as label."""
    for phrase in page.lex.indicators.find(page.text, *row.label):
        if unit_suits(phrase.value, row.unit, page.lex):
            return switch_code(phrase.value, row.unit, row.words, page.lex), phrase.phrase
    return None, page.text[row.label[0] : row.label[1]]
