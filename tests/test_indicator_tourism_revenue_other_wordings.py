"""Tourism revenue named in other words, in our own words: the revenue "xã hội" earns from
tourism ("doanh thu xã hội từ du lịch", "thu nhập xã hội từ hoạt động du lịch", with tourism
abbreviated "DL"), and a bare "doanh thu" after the visitors ("du khách") the same sentence
counts (scope ``du khách``)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_the_social_revenue_from_tourism_is_tourism_revenue(lex, units):
    text = "Năm 2024, tỉnh Quảng Bình phấn đấu đón 4 triệu lượt khách; doanh thu xã hội từ du lịch đạt 6.500 tỷ đồng."
    assert ("TOURISM_REVENUE", "eq", 6500.0, None, 2024) in rows(text, lex, units, 2024)


def test_the_social_income_from_tourism_abbreviated_is_tourism_revenue(lex, units):
    text = "Trong năm 2024, tỉnh phấn đấu đón 1,2 triệu lượt khách; thu nhập xã hội từ hoạt động DL đạt 950 tỷ đồng."
    assert ("TOURISM_REVENUE", "eq", 950.0, None, 2024) in rows(text, lex, units, 2024)


def test_a_bare_revenue_after_the_visitors_is_tourism_revenue(lex, units):
    text = "Tỉnh Bạc Liêu đặt mục tiêu đến năm 2030 thu hút 2 triệu lượt du khách, doanh thu trên 3.000 tỷ đồng."
    assert ("TOURISM_REVENUE", "gt", 3000.0, None, 2030) in rows(text, lex, units, 2024)


def test_the_share_of_the_provinces_gdp_after_tourism_gdp_is_tourism_share(lex, units):
    text = "Đến năm 2025, tỉnh đón 9 triệu lượt khách, đưa tổng GDP du lịch đạt 528 tỷ đồng, đạt 2,5% GDP toàn tỉnh."
    assert ("TOURISM_SHARE_GRDP", "eq", 2.5, None, 2025) in rows(text, lex, units, 2024)
