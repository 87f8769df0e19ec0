"""A count of poor households cut ("giảm 1.500 hộ nghèo") is POOR_HOUSEHOLDS_REDUCED; a percent
of a group's poor households stays uncoded (a label read for a count code never takes a percent),
poor and near-poor households counted together stay uncoded, and "giảm hộ nghèo xuống" a percent
is the rate reached. Round 35, issue 8. In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_count_of_poor_households_cut_takes_the_count_code(lex, units):
    text = "Năm 2027, toàn tỉnh phấn đấu giảm trên 1.500 hộ nghèo."
    assert rows(text, lex, units, 2026) == [("POOR_HOUSEHOLDS_REDUCED", "gt", 1500.0, None, 2027)]


def test_a_percent_of_a_groups_poor_households_is_no_count_of_households(lex, units):
    text = "Năm 2027, phấn đấu giảm 3% hộ nghèo đồng bào dân tộc thiểu số; giảm 640 hộ nghèo."
    assert rows(text, lex, units, 2027) == [
        ("", "eq", 3.0, None, 2027),
        ("POOR_HOUSEHOLDS_REDUCED", "eq", 640.0, None, 2027),
    ]


def test_poor_and_near_poor_households_cut_together_stay_uncoded(lex, units):
    text = "Năm 2027, mỗi năm giảm 2.300 hộ nghèo và cận nghèo."
    assert rows(text, lex, units, 2026) == [("", "eq", 2300.0, None, 2027)]


def test_cutting_poor_households_down_to_a_percent_is_the_rate_reached(lex, units):
    text = "Đến năm 2028, giảm hộ nghèo xuống dưới 3,5%."
    assert rows(text, lex, units, 2026) == [("POVERTY_RATE", "lt", 3.5, None, 2028)]
