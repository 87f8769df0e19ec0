"""Plan figures in brackets and undated pages, on texts of our own (set 27 classes, session 24):
a ':' or ';' inside a bracket ends no clause, a bracket inside a bracket closes first, a growth
scenario is the province's plan, a first-nine-months scenario is a part of a year, and a page
with no year and no date plans the year of its scraper marker."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys


def test_a_colon_inside_a_bracket_keeps_the_plan_beside_its_result(lex, units):
    text = "Trong 6 tháng đầu năm 2024, GRDP ước tăng 5,1% so với cùng kỳ (KH 2024: tăng 7% trở lên)."
    assert cited_row_keys(text, lex, units) == [("GRDP_GROWTH", "gte", 7.0, None, 2024)]


def test_a_growth_scenario_in_nested_brackets_is_the_plan_of_the_part_of_the_year(lex, units):
    text = (
        "Năm 2025, tăng trưởng GRDP 9 tháng ước đạt 7,1% (kịch bản tăng trưởng (KBTT): 7,9%). "
        "Trong đó: khu vực dịch vụ ước đạt 7,3% (KBTT: 8,2%)."
    )
    found = [
        (r["indicator_code"], r["label_vi"].split(":")[0], r["value_low"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, 2025)
    ]
    assert found == [(None, "9 tháng", 7.9, 2025), (None, "9 tháng", 8.2, 2025)]


def test_an_undated_page_with_no_year_plans_its_markers_year(lex, units):
    text = (
        " date 2024-05 Theo kế hoạch, UBND tỉnh đề ra mục tiêu: tỷ lệ hồ sơ thủ tục hành chính "
        "xử lý trực tuyến đạt 60%; tỷ lệ dân số có điện thoại thông minh đạt 90%."
    )
    keys = cited_row_keys(text, lex, units, uncoded="-")
    assert keys == [
        ("ONLINE_PUBLIC_SERVICES_SHARE", "eq", 60.0, None, 2024),
        ("-", "eq", 90.0, None, 2024),
    ]


def test_thousands_of_hectares_are_counted(lex, units):
    text = "Mục tiêu đến năm 2030, giữ ổn định diện tích cây lúa từ 20-22 ngàn ha."
    assert cited_row_keys(text, lex, units, 2024, uncoded="-") == [("-", "between", 20000.0, 22000.0, 2030)]


def test_the_countrys_figures_go_on_through_the_years_after_the_first(lex, units):
    text = (
        "Tỉnh phấn đấu tỷ lệ bao phủ bảo hiểm y tế năm 2023 là 92%, năm 2024 là 93%. Chính phủ đặt "
        "mục tiêu tỷ lệ bao phủ bảo hiểm y tế toàn quốc năm 2023 là 93,1%, năm 2024 là 94,2%."
    )
    assert cited_row_keys(text, lex, units, 2022) == [
        ("HEALTH_INSURANCE_COVERAGE", "eq", 92.0, None, 2023),
        ("HEALTH_INSURANCE_COVERAGE", "eq", 93.0, None, 2024),
    ]
