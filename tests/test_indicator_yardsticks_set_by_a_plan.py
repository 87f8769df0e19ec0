"""A result measured against what a plan set, the plan named by a noun phrase that closes with the
verb of setting it ("vượt mức tăng trưởng theo Nghị quyết Đại hội đề ra", "vượt dự toán HĐND tỉnh
giao"): the setting verb names the yardstick, it sets no aim, so it lends none to the figures of
the sentences after it (CONVENTIONS: results are never indicators; a sentence whose only aim
wording is a result's yardstick states results, session 31; a multiple of a year reached is a
result). Estimates of the year under way on a review of its elapsed months stay no rows (the
"dự kiến" rule, session 30). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_multiple_after_a_yardstick_set_by_a_resolution_is_a_result(lex, units):
    text = (
        "Kinh tế tỉnh Nam Sơn năm 2025\n\n"
        "Giai đoạn 2021 - 2025, kinh tế tỉnh đã vượt mức tăng trưởng bình quân theo Nghị quyết Đại hội "
        "đề ra. Quy mô kinh tế năm 2025 gấp 1,6 lần so với năm 2020."
    )
    assert cited_row_keys(text, lex, units, 2025) == []


def test_a_level_after_a_yardstick_the_province_assigned_is_a_result(lex, units):
    text = (
        "Kinh tế huyện Bắc Sơn\n\n"
        "Năm 2025, thu ngân sách của huyện vượt mức dự toán HĐND tỉnh giao. Thu nhập bình quân đầu "
        "người năm 2025 đạt 62 triệu đồng."
    )
    assert cited_row_keys(text, lex, units, 2025) == []


def test_an_aim_to_pass_the_yardstick_still_lends_its_aim(lex, units):
    text = (
        "Kinh tế tỉnh Nam Sơn\n\n"
        "Giai đoạn 2026 - 2030, tỉnh phấn đấu vượt mức tăng trưởng theo Nghị quyết đề ra. Quy mô GRDP "
        "năm 2030 gấp 1,5 lần so với năm 2025."
    )
    assert cited_row_keys(text, lex, units, 2025) == [(None, "eq", 1.5, None, 2030)]


def test_a_whole_year_estimate_on_a_half_year_review_is_no_row(lex, units):
    text = (
        "Du lịch Nam Sơn 6 tháng đầu năm\n\n"
        "Trong 6 tháng đầu năm 2025, tổng lượt khách đến tỉnh đạt 3,1 triệu lượt. Dự kiến cả năm 2025, "
        "tỉnh đón khoảng 6 triệu lượt khách."
    )
    assert cited_row_keys(text, lex, units) == []
    assert cited_row_keys(text, lex, units, 2025) == []
    estimated = (
        "Thu ngân sách 9 tháng\n\n"
        "Trong 9 tháng năm 2024, thu ngân sách đạt 5.000 tỷ đồng. Ước thực hiện năm 2024 đạt 7.000 tỷ đồng."
    )
    assert cited_row_keys(estimated, lex, units) == []
