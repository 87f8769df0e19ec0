"""A paragraph that opens with its own aim year ("Đến năm 2030, ...") dates the sentences after
it that name no year, even inside a target section a paragraph before carried on with another
year (round 42, written in our own words)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_the_paragraph_aim_year_beats_the_year_of_the_section_before(lex, units):
    text = (
        "Đề án phát triển du lịch tỉnh Nam Hà\n\n"
        "Mục tiêu đến năm 2025, tỉnh Nam Hà đón 2 triệu lượt khách du lịch. Tổng thu từ du lịch đạt 5.000 tỷ đồng.\n\n"
        "Đến năm 2030, tỉnh Nam Hà sẽ đón 3 triệu lượt khách du lịch. Tổng thu từ du lịch đạt 9.000 tỷ đồng."
    )
    found = cited_row_keys(text, lex, units, 2021)
    assert ("TOURISM_REVENUE", "eq", 9000.0, None, 2030) in found
    assert ("TOURISM_REVENUE", "eq", 5000.0, None, 2025) in found


def test_a_sentence_with_no_year_after_a_dated_aim_in_a_section_paragraph(lex, units):
    text = (
        "Kế hoạch chuyển đổi số tỉnh Bắc Hòa\n\n"
        "Mục tiêu đến năm 2025, 90% văn bản được trao đổi trên môi trường mạng.\n\n"
        "Đến năm 2030 hoàn thiện hạ tầng số của tỉnh. Kinh tế số chiếm tối thiểu 20% GRDP của tỉnh."
    )
    found = cited_row_keys(text, lex, units, 2022)
    assert ("DIGITAL_ECONOMY_SHARE", "gte", 20.0, None, 2030) in found
