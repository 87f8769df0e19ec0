"""A value in words ("hai con số") in a purpose clause sets no target (CONVENTIONS: "a purpose
clause with no 'mục tiêu' or no year sets none"): right after "nhằm đạt mục tiêu tăng trưởng" or
"với mục tiêu tăng trưởng" (``effort_lead``, as "để đạt mục tiêu tăng trưởng"), and after an aim
carried out, "thực hiện tốc độ tăng trưởng ..." (``served_aim`` with no aim named). A figure after
"với mục tiêu" keeps its own year. In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_an_aim_sought_sets_no_target(lex, units):
    text = (
        "Lãnh đạo tỉnh trả lời phỏng vấn\n\n"
        "Bí thư Tỉnh ủy Hòa Sơn nêu nhiều giải pháp đột phá nhằm đạt mục tiêu tăng trưởng hai con số "
        "trong những năm tới."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_an_aim_an_effort_is_made_with_sets_no_target(lex, units):
    text = (
        "Đại hội Đảng bộ tỉnh Hòa Sơn\n\n"
        "Phát biểu tại Đại hội, đồng chí Trưởng ban đề nghị tỉnh Hòa Sơn cần tập trung phát triển kinh tế "
        "nhanh, khai thác mọi lợi thế, tạo bứt phá với mục tiêu tăng trưởng hai con số, góp phần vào sự "
        "phát triển chung của vùng."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_a_figure_set_out_after_with_the_aim_keeps_its_year(lex, units):
    text = (
        "Xây dựng nông thôn mới\n\n"
        "Tỉnh ủy Hòa Sơn ban hành nghị quyết về nông thôn mới nâng cao giai đoạn 2026 - 2030, định hướng "
        "đến năm 2035 với mục tiêu phấn đấu đến năm 2030 có trên 30% số xã đạt chuẩn NTM nâng cao."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("ADVANCED_NEW_RURAL_COMMUNES", "gt", 30.0, None, 2030)]


def test_a_growth_rate_carried_out_sets_no_target(lex, units):
    text = (
        "Ngành du lịch 6 tháng\n\n"
        "Sở Du lịch tham mưu kế hoạch hành động thúc đẩy du lịch, bảo đảm thực hiện tốc độ tăng trưởng "
        "kinh tế hai con số và kế hoạch khảo sát tài nguyên du lịch của tỉnh Hòa Sơn."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []
