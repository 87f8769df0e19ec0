"""Value words ("hai con số", "2 con số") heralding the figure right after them, in our own
words: the figure in brackets or after a comma states the target; the words give no row of
their own, and the figure is read whether a phrasing or a subject ("tăng trưởng") names it."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_figure_after_a_comma_states_the_double_digit_aim(lex, units):
    text = "Năm 2027, huyện đặt mục tiêu đạt tốc độ tăng trưởng kinh tế 2 con số, từ 10,5-12%."
    assert rows(text, lex, units, 2027) == [("GRDP_GROWTH", "between", 10.5, 12.0, 2027)]


def test_bracketed_figure_after_words_named_by_a_subject_is_the_target(lex, units):
    text = "Sang năm 2027, thành phố quyết tâm đạt mức tăng trưởng hai con số (từ 10 - 10,8%)."
    assert rows(text, lex, units, 2026) == [("GRDP_GROWTH", "between", 10.0, 10.8, 2027)]


def test_bracketed_floor_after_the_aim_words_keeps_its_comparator(lex, units):
    text = "Năm 2027, tỉnh đặt mục tiêu tăng trưởng 2 con số (từ 10% trở lên) và thu ngân sách 9.000 tỷ đồng."
    assert rows(text, lex, units, 2027) == [
        ("BUDGET_REVENUE", "eq", 9000.0, None, 2027),
        ("GRDP_GROWTH", "gte", 10.0, None, 2027),
    ]


def test_words_before_another_indicators_figure_stand_alone(lex, units):
    text = "Năm 2027, tỉnh phấn đấu tăng trưởng hai con số, thu ngân sách 9.000 tỷ đồng."
    assert rows(text, lex, units, 2027) == [
        ("BUDGET_REVENUE", "eq", 9000.0, None, 2027),
        ("GRDP_GROWTH", "gte", 10.0, None, 2027),
    ]
