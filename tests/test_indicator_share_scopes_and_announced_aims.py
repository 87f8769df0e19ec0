"""Targets in forms met on real pages, in our own words: sector shares under a scope written
"Tỷ trọng GRDP của ..." (no "trong"); school levels listed under the schools meeting the national
standard; a sentence that only announces the year's aims, on a page that otherwise reports results."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_sector_shares_under_a_share_of_grdp_scope_are_shares(lex, units):
    text = (
        "Mục tiêu cụ thể đến năm 2030:\n\n"
        "- Tỷ trọng GRDP của khu vực công nghiệp - xây dựng khoảng 45 - 47%; khu vực dịch vụ khoảng 38 - 40%; "
        "khu vực nông, lâm nghiệp, thủy sản khoảng 11 - 12%."
    )
    assert rows(text, lex, units, published_year=2024, horizon=2030) == [
        ("SHARE_AGRICULTURE", "between", 11.0, 12.0, 2030),
        ("SHARE_INDUSTRY_CONSTRUCTION", "between", 45.0, 47.0, 2030),
        ("SHARE_SERVICES", "between", 38.0, 40.0, 2030),
    ]


def test_school_levels_listed_under_schools_meeting_the_standard_take_its_code(lex, units):
    text = (
        "Mục tiêu cụ thể đến năm 2030:\n\n"
        "- Tỷ lệ trường đạt chuẩn quốc gia: (i) Mầm non: 61,5%; (ii) Tiểu học: 90%; (iii) Trung học cơ sở: 80,5%."
    )
    assert rows(text, lex, units, published_year=2024, horizon=2030) == [
        ("SCHOOLS_NATIONAL_STANDARD", "eq", 61.5, None, 2030),
        ("SCHOOLS_NATIONAL_STANDARD", "eq", 80.5, None, 2030),
        ("SCHOOLS_NATIONAL_STANDARD", "eq", 90.0, None, 2030),
    ]
