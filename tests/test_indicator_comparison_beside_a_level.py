"""Round 49, in our own words: a comparison with an earlier year written beside a level in a
target statement (CONVENTIONS, session 27: the comparison gives no row of its own), in the two
forms the rules missed: in a bracket right after the level, with no comma before it, and against
last year's estimate ("so với ước thực hiện năm ...")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_bracketed_comparison_right_after_a_level_gives_no_row(lex, units):
    text = (
        "Hà Tĩnh đặt mục tiêu đón khách năm 2025\n\n"
        "Năm 2025, tỉnh đặt mục tiêu phấn đấu đón tổng lượt khách du lịch đạt 3.200.000 lượt "
        "(bằng 108% so với năm 2024)."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("TOURIST_ARRIVALS", "eq", 3200000.0, None, 2025) in found
    assert [r for r in found if r[2] == 108.0] == []


def test_a_bracketed_growth_right_after_a_level_gives_no_row(lex, units):
    text = (
        "Quảng Bình đặt mục tiêu doanh thu du lịch\n\n"
        "Năm 2025, tỉnh phấn đấu doanh thu du lịch đạt 6.000 tỷ đồng (tăng 12% so với năm 2024)."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("TOURISM_REVENUE", "eq", 6000.0, None, 2025) in found
    assert [r for r in found if r[2] == 12.0] == []


def test_a_growth_over_last_years_estimate_after_a_level_gives_no_row(lex, units):
    text = (
        "Ngành công thương Hải Dương đặt mục tiêu năm 2024\n\n"
        "Ngành phấn đấu đạt mục tiêu năm 2024 đạt tổng giá trị sản xuất công nghiệp 410.000 tỷ đồng, "
        "tăng 9,2% so với ước thực hiện năm 2023."
    )
    found = rows(text, lex, units, published_year=2024)
    assert [r for r in found if r[2] == 9.2] == []
    assert [r for r in found if r[2] == 410000.0]


def test_a_bracket_that_names_a_part_still_gives_its_row(lex, units):
    # a bracket that names what it counts is no comparison: "(trong đó khách quốc tế 50.000 lượt)"
    text = (
        "Hà Tĩnh đặt mục tiêu đón khách năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu doanh thu du lịch đạt 6.000 tỷ đồng (trong đó doanh thu lưu trú "
        "đạt 2.000 tỷ đồng), tăng 12% so với năm 2024."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("TOURISM_REVENUE", "eq", 6000.0, None, 2025) in found
