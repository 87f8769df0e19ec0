"""An undated page that reviews year Y and plans Y + 1 was written in Y (session 30): Y stands in
for the publication year of a plan figure in brackets beside its result."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_an_undated_review_of_a_year_dates_the_bracketed_plans_beside_its_results(lex, units):
    text = (
        "Sở ngành họp bàn về tình hình kinh tế - xã hội của tỉnh năm 2019 và phương hướng, nhiệm vụ "
        "năm 2020.\n\nTheo báo cáo, GRDP ước tăng 7,2% (kế hoạch tăng 8 - 8,5%); kim ngạch xuất khẩu "
        "tăng 11% (kế hoạch tăng 12%)."
    )
    assert cited_row_keys(text, lex, units) == [
        ("GRDP_GROWTH", "between", 8.0, 8.5, 2019),
        ("EXPORT_GROWTH", "eq", 12.0, None, 2019),
    ]


def test_an_undated_page_naming_two_years_without_a_review_and_a_plan_gives_no_bracketed_plan(lex, units):
    text = "Năm 2019 và năm 2020 là hai năm quan trọng.\n\nTheo báo cáo, GRDP ước tăng 7,2% (kế hoạch tăng 8 - 8,5%)."
    assert cited_row_keys(text, lex, units) == []
