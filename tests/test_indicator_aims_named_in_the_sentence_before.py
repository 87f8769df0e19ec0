"""A figure set by the aim's noun alone ("mục tiêu trên 8%", "kịch bản cao nhất là 9%"), its
clause naming no indicator, in our own words: the indicator is the one named nearest before the
noun, in its sentence or the one before (``aim_noun`` cues), when that name has a code in the
figure's unit; else the row stays uncoded, labelled as before."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_scenario_after_a_sentence_naming_growth_is_growth(lex, units):
    text = (
        "UBND tỉnh xây dựng hai kịch bản phấn đấu tăng trưởng năm 2027. Theo đó, kịch bản cao nhất là 9,5% "
        "nếu các dự án lớn sớm đi vào hoạt động."
    )
    assert rows(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.5, None, 2027)]


def test_an_aim_after_a_clause_naming_growth_is_growth(lex, units):
    text = "Phấn đấu năm 2027, tăng trưởng kinh tế của tỉnh đạt hai con số, theo chỉ tiêu Trung ương giao 11 - 11,5%."
    assert rows(text, lex, units, 2026) == [("GRDP_GROWTH", "between", 11.0, 11.5, 2027)]


def test_an_aim_after_a_name_with_no_code_in_its_unit_stays_uncoded(lex, units):
    text = "Công nghiệp chế biến tiếp tục là động lực. Năm 2027, tỉnh quyết tâm đạt mục tiêu trên 9%."
    assert rows(text, lex, units, 2026) == [("", "gt", 9.0, None, 2027)]
