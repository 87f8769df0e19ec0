"""A value in words ("hai con số") is named by the subject written right before it, not by a
phrasing or subject earlier in its clause (round 26, issue 8; CONVENTIONS session 30: a purpose
clause naming the aim with its year is a row, GRDP growth gte 10). In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_aim_in_words_after_a_budget_phrasing_is_growth(lex, units):
    text = (
        "Kinh tế 4 tháng đầu năm\n\n"
        "Theo báo cáo, 4 tháng đầu năm 2026, nhiều lĩnh vực tiến triển tốt như du lịch, thu - chi ngân sách… "
        "bám sát mục tiêu tăng trưởng hai con số đã đề ra."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_aim_in_words_after_a_sector_named_earlier_is_growth(lex, units):
    text = (
        "Tỉnh khởi động năm mới\n\n"
        "Tỉnh Hà Lâm cần điều hành sát sao và phân vai rõ cho từng ngành để đạt mục tiêu GRDP hai con số "
        "năm 2026."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_a_served_aim_that_names_no_aim_sets_no_target(lex, units):
    text = (
        "Kinh tế năm 2025\n\n"
        "Năm 2025, GRDP của tỉnh Hà Lâm ước tăng 8,4%, xếp thứ 12 cả nước. Kết quả này tạo tiền đề vững chắc "
        "để Hà Lâm hướng tới nhóm tăng trưởng hai con số trong những năm tới."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_a_served_aim_named_with_its_year_is_a_target_of_that_year(lex, units):
    text = (
        "Tỉnh ban hành kế hoạch du lịch\n\n"
        "Tỉnh Hà Lâm ban hành kế hoạch phát triển du lịch, góp phần hiện thực hóa mục tiêu tăng trưởng kinh tế "
        "hai con số trong năm 2026."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]
