"""A deadline of a year already behind an undated page (round 51): "năm 2022 ước giảm 3%, đến
năm 2023 tăng vọt 15%" on a page whose title plans 2025 tells how the years before went. On an
undated page the year the page plans stands in for the publication year (CONVENTIONS, session
19, ruled again in session 41): a later year after a result sets no aim when it lies before it.
A sentence opened by the months already elapsed ("Những tháng đầu năm, ...": ``review_opener``)
reviews them. Written in our own words; the guard keeps an aim of the planned year after a
result."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys

_TITLE = "Tỉnh đặt mục tiêu tăng trưởng năm 2025\n\n"


def test_a_past_deadline_after_a_result_on_an_undated_page_reports(lex, units):
    text = _TITLE + (
        "Sau giai đoạn khó khăn, kinh tế tỉnh đã phục hồi nhanh, năm 2022 GRDP ước giảm 3,2%, "
        "đến năm 2023 tăng trưởng bứt phá 15,4%."
    )
    assert sorted_row_keys(text, lex, units, None) == []


def test_a_deadline_of_the_planned_year_stays_an_aim(lex, units):
    text = _TITLE + "Năm 2023 GRDP ước giảm 3,2%, đến năm 2025 tăng trưởng đạt 8,5%."
    assert sorted_row_keys(text, lex, units, None) == [("GRDP_GROWTH", "eq", 8.5, None, 2025)]


def test_elapsed_months_opening_a_sentence_review_them(lex, units):
    text = _TITLE + "Những tháng đầu năm, khách du lịch đến tỉnh đạt trên 52.000 lượt, công suất phòng đạt 41,3%."
    assert sorted_row_keys(text, lex, units, None) == []
