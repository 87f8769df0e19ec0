"""The poverty rate named by the households alone ("hộ nghèo", no "tỷ lệ"), a percent after them,
in our own words: the subject names the rate (``indicator_subjects.csv``), so "còn dưới" and
"giảm ... xuống khoảng dưới" read as for "tỷ lệ hộ nghèo"; a count of households and a group's
rate stay uncoded."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys, sorted_row_keys as rows


def test_households_left_below_a_percent_are_the_poverty_rate(lex, units):
    text = "Mục tiêu đến năm 2027: hộ nghèo còn dưới 1,5%; tỷ lệ lao động qua đào tạo đạt 70%."
    assert rows(text, lex, units) == [
        ("POVERTY_RATE", "lt", 1.5, None, 2027),
        ("TRAINED_LABOUR_SHARE", "eq", 70.0, None, 2027),
    ]


def test_cutting_households_down_to_about_a_percent_is_the_poverty_rate(lex, units):
    text = "Tỉnh phấn đấu giảm hộ nghèo xuống khoảng dưới 4% vào năm 2028."
    assert rows(text, lex, units) == [("POVERTY_RATE", "approx", 4.0, None, 2028)]


def test_a_groups_households_stay_uncoded_and_a_count_is_households_reduced(lex, units):
    # a count of households cut is POOR_HOUSEHOLDS_REDUCED since round 35
    text = "Năm 2026, phấn đấu giảm 5.100 hộ nghèo; hộ nghèo đồng bào dân tộc thiểu số còn 9%."
    assert sorted(cited_row_keys(text, lex, units, uncoded="")) == [
        ("", "lte", 9.0, None, 2026),
        ("POOR_HOUSEHOLDS_REDUCED", "eq", 5100.0, None, 2026),
    ]
