"""A percent written right before "hộ nghèo" counts the households (``counted_subject`` cues), in
our own words: the verb before the number makes it the rate's reduction in points, "còn" the rate
reached; a group named after the households keeps its rate uncoded, a count is
POOR_HOUSEHOLDS_REDUCED (round 35)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_cutting_a_percent_of_poor_households_is_the_rates_reduction(lex, units):
    text = "Kế hoạch năm 2028: tỷ lệ lao động qua đào tạo đạt 72%; giảm 1,4% hộ nghèo."
    found = rows(text, lex, units, 2027)
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.4, None, 2028),
        ("TRAINED_LABOUR_SHARE", "eq", 72.0, None, 2028),
    ]


def test_a_yearly_range_of_poor_households_cut_is_a_reduction_between(lex, units):
    text = "Đến năm 2029, mỗi năm tỉnh phấn đấu giảm từ 1-1,5% hộ nghèo."
    assert rows(text, lex, units, 2026) == [("POVERTY_RATE_REDUCTION", "between", 1.0, 1.5, 2029)]


def test_cutting_down_to_a_percent_of_poor_households_is_the_rate_reached(lex, units):
    text = "Huyện quyết tâm giảm còn 2% hộ nghèo vào năm 2028."
    assert rows(text, lex, units, 2026) == [("POVERTY_RATE", "lte", 2.0, None, 2028)]


def test_a_groups_poor_households_stay_uncoded_and_a_count_is_households_reduced(lex, units):
    text = "Năm 2028, phấn đấu giảm 2,5% hộ nghèo người dân tộc thiểu số; giảm 900 hộ nghèo."
    assert rows(text, lex, units, 2028) == [
        ("", "eq", 2.5, None, 2028),
        ("POOR_HOUSEHOLDS_REDUCED", "eq", 900.0, None, 2028),
    ]
