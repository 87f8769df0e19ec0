"""A value in words ("hai con số") in a purpose clause sets no target unless the clause names the
aim with its year (CONVENTIONS, session 26 and 30: "a purpose clause with no 'mục tiêu' or no
year sets none"): "nhằm đạt mục tiêu ...", "với mục tiêu ..." (``served_aim`` cues holding their
``served_aim_named`` word) and an aim carried out, "thực hiện tốc độ tăng trưởng ..." (no aim
named: never a row). In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_an_aim_sought_with_no_year_sets_no_target(lex, units):
    text = (
        "Lãnh đạo tỉnh trả lời phỏng vấn\n\n"
        "Bí thư Tỉnh ủy Hòa Sơn nêu nhiều giải pháp đột phá nhằm đạt mục tiêu tăng trưởng hai con số "
        "trong những năm tới."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_an_aim_sought_with_its_year_is_a_target_of_that_year(lex, units):
    text = (
        "Lãnh đạo tỉnh trả lời phỏng vấn\n\n"
        "Bí thư Tỉnh ủy Hòa Sơn nêu nhiều giải pháp đột phá nhằm đạt mục tiêu tăng trưởng hai con số "
        "trong năm 2027."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]


def test_an_aim_an_effort_is_made_with_and_no_year_sets_no_target(lex, units):
    text = (
        "Đại hội Đảng bộ tỉnh Hòa Sơn\n\n"
        "Phát biểu tại Đại hội, đồng chí Trưởng ban đề nghị tỉnh Hòa Sơn cần tập trung phát triển kinh tế "
        "nhanh, khai thác mọi lợi thế, tạo bứt phá với mục tiêu tăng trưởng hai con số, góp phần vào sự "
        "phát triển chung của vùng."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_an_aim_an_effort_is_made_with_in_a_named_year_is_a_target(lex, units):
    text = "Kế hoạch năm 2027\n\nNăm 2027, tỉnh Hòa Sơn dồn sức thu hút đầu tư với mục tiêu tăng trưởng hai con số."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]


def test_a_growth_rate_carried_out_sets_no_target(lex, units):
    text = (
        "Ngành du lịch 6 tháng\n\n"
        "Sở Du lịch tham mưu kế hoạch hành động thúc đẩy du lịch, bảo đảm thực hiện tốc độ tăng trưởng "
        "kinh tế hai con số và kế hoạch khảo sát tài nguyên du lịch của tỉnh Hòa Sơn."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []
