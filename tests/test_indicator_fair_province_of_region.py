"""A fairly developed province of its region, written without "phát triển" ("tỉnh khá của
vùng / khu vực"), and the level below it ("tỉnh (phát triển) trung bình khá"), are the regional
standing (round 24, issue 8), in our own words; the same level against the whole country stays
the uncoded standing (session 29)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_fair_province_of_the_region_without_phat_trien_is_the_regional_standing(lex, units):
    text = "Quy hoạch tỉnh\n\nTỉnh đặt mục tiêu đến năm 2030 trở thành tỉnh khá của vùng Bắc Trung Bộ."
    assert rows(text, lex, units, 2023) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2030)]


def test_a_fair_province_of_the_area_and_of_the_country_are_two_standings(lex, units):
    text = (
        "Nghị quyết Đại hội\n\n"
        "Phấn đấu đến năm 2025 là tỉnh khá của khu vực miền Trung và đến năm 2030 trở thành tỉnh khá của cả nước."
    )
    assert rows(text, lex, units, 2021) == [
        ("", "achieve", None, None, 2030),
        ("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2025),
    ]


def test_a_province_of_middle_fair_development_is_the_regional_standing(lex, units):
    text = "Quy hoạch tỉnh\n\nMục tiêu đến năm 2030, tỉnh trở thành tỉnh phát triển trung bình khá, xanh của vùng."
    assert rows(text, lex, units, 2023) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2030)]


def test_becoming_a_middle_fair_province_is_the_regional_standing(lex, units):
    text = "Đại hội Đảng bộ\n\nNhiệm kỳ tới, tỉnh phấn đấu trở thành tỉnh trung bình khá vào năm 2025."
    assert rows(text, lex, units, 2020) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2025)]
