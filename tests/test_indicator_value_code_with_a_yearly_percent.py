"""A level code held in money cannot hold a yearly percent: after the industrial output value's
wording, a figure per year ("%/năm") or an average ("bình quân") is the output's growth
(``unit_switches.csv``). Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_average_growth_of_industrial_output_value_per_year(lex, units):
    text = "Phấn đấu mức tăng bình quân giá trị sản xuất ngành công nghiệp thời kỳ 2026 - 2030 là 14,5%/năm."
    assert rows(text, lex, units) == [("INDUSTRIAL_PRODUCTION_GROWTH", "eq", 14.5, None, 2030)]


def test_industrial_output_value_in_money_stays_the_value(lex, units):
    text = "Đến năm 2030, giá trị sản xuất công nghiệp đạt khoảng 52.000 tỷ đồng."
    assert rows(text, lex, units) == [("INDUSTRIAL_PRODUCTION_VALUE", "approx", 52000.0, None, 2030)]
