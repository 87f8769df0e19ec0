"""A council's numbered term ("HĐND tỉnh khóa VII, nhiệm kỳ 2021 - 2026") is no plan period, and a
plan's capital paid out is money spent against the plan: neither makes a reported figure a target.
Short texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_figure_reported_at_a_session_of_a_numbered_council_is_no_target(lex, units):
    text = (
        "Chiều 8/12, tại Kỳ họp thứ 20 HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026, Phó Chủ tịch UBND tỉnh cho biết, "
        "năm 2024, GRDP bình quân đầu người đạt 6.100 USD/người/năm."
    )
    assert sorted_row_keys(text, lex, units, published_year=2024) == []


def test_a_congress_term_still_frames_the_aims_it_sets(lex, units):
    text = "Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đề ra mục tiêu GRDP bình quân đầu người năm 2025 đạt 5.000 USD."
    assert sorted_row_keys(text, lex, units, published_year=2021) != []


def test_a_plans_capital_paid_out_is_no_target_on_an_undated_page(lex, units):
    text = "Toàn tỉnh thanh toán kế hoạch vốn đầu tư công năm 2022 đạt 7.300 tỷ đồng, đạt 104% kế hoạch giao."
    assert sorted_row_keys(text, lex, units, published_year=None) == []
    aim = "Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2024."
    assert sorted_row_keys(aim, lex, units, published_year=2024) != []
