"""A series of one indicator's figures by year, its items separated by ';' (our own texts): each
item that opens with its year or period and names no indicator is that indicator's figure for
the year; a year's figure inside a period's total is the year's own row, not a part of it."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_year_led_items_after_a_semicolon_carry_the_indicator_on(lex, units):
    text = (
        "Thành phố phấn đấu GRDP bình quân đầu người đến năm 2026 đạt khoảng 9.000 USD/người; "
        "đến năm 2031, đạt khoảng 14.000 USD/người; năm 2040, đạt khoảng 30.000 USD/người."
    )
    assert sorted_row_keys(text, lex, units, 2021) == [
        ("GRDP_PER_CAPITA_USD", "approx", 9000.0, None, 2026),
        ("GRDP_PER_CAPITA_USD", "approx", 14000.0, None, 2031),
        ("GRDP_PER_CAPITA_USD", "approx", 30000.0, None, 2040),
    ]


def test_a_years_figure_inside_a_period_total_is_a_row_of_its_own(lex, units):
    text = (
        "Mục tiêu: tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2026 - 2030 đạt 95.000 tỷ "
        "đồng; trong đó, năm 2030 đạt 22.500 tỷ đồng."
    )
    # the period's total is uncoded (a sum over a period, CONVENTIONS session 27); the year's figure keeps the code
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("", "eq", 95000.0, None, 2030),
        ("BUDGET_REVENUE", "eq", 22500.0, None, 2030),
    ]


def test_a_part_of_a_total_naming_no_year_stays_no_row(lex, units):
    text = "Năm 2026, tỉnh phấn đấu đón 12 triệu lượt khách du lịch, trong đó 3 triệu lượt khách quốc tế."
    assert sorted_row_keys(text, lex, units, 2025) == [("TOURIST_ARRIVALS", "eq", 12000000.0, None, 2026)]


def test_a_year_led_item_with_a_result_cue_stays_apart_from_the_aim_before_it(lex, units):
    text = "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP đạt 9%; năm 2025 ước đạt 7,8%."
    assert sorted_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]
