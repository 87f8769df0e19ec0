"""An undated page that reviews year Y and plans Y + 1 was written in Y (session 30): Y stands in
for its publication year, so a plan figure of Y in brackets beside its result is a target of Y,
and a "dự kiến" figure of Y estimates a result."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_an_undated_review_of_a_year_dates_the_bracketed_plans_beside_its_results(lex, units):
    text = (
        "Sở ngành họp bàn về tình hình kinh tế - xã hội của tỉnh năm 2019 và phương hướng, nhiệm vụ "
        "năm 2020.\n\nNăm 2019 kinh tế tỉnh phục hồi khá. GRDP ước tăng 7,2% (kế hoạch tăng 8 - 8,5%); "
        "kim ngạch xuất khẩu tăng 11% (kế hoạch tăng 12%)."
    )
    assert cited_row_keys(text, lex, units) == [
        ("GRDP_GROWTH", "between", 8.0, 8.5, 2019),
        ("EXPORT_GROWTH", "eq", 12.0, None, 2019),
    ]


def test_an_undated_review_of_a_year_reads_its_expected_figure_as_an_estimate(lex, units):
    text = (
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2019 và kế hoạch năm 2020.\n\n"
        "Tỉnh dự kiến giải ngân cả năm 2019 đạt 93% kế hoạch vốn."
    )
    assert cited_row_keys(text, lex, units, uncoded="-") == []


def test_an_undated_page_naming_two_years_without_a_review_and_a_plan_gives_no_bracketed_plan(lex, units):
    text = "Năm 2019 và năm 2020 là hai năm quan trọng.\n\nTheo báo cáo, GRDP ước tăng 7,2% (kế hoạch tăng 8 - 8,5%)."
    assert cited_row_keys(text, lex, units) == []
