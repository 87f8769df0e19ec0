"""Clean water named by area: the area inside the phrasing ("hộ dân vùng đô thị sử dụng nước
sạch") or as the items of a list after a colon ("... được cung cấp nước sạch: đô thị là 99%;
khu vực nông thôn là 90%") gives the urban or rural code (round 26, issue 8). In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_clean_water_listed_by_area_after_a_colon(lex, units):
    text = (
        "Chỉ tiêu năm 2024\n\n"
        "Năm 2024, thành phố phấn đấu tỷ lệ hộ dân được cung cấp nước sạch: đô thị là 99%; khu vực nông thôn là 90%."
    )
    assert sorted_row_keys(text, lex, units, 2024) == [
        ("RURAL_CLEAN_WATER", "eq", 90.0, None, 2024),
        ("URBAN_CLEAN_WATER", "eq", 99.0, None, 2024),
    ]


def test_clean_water_with_the_urban_area_inside_the_phrasing(lex, units):
    text = (
        "Mục tiêu đến năm 2025\n\n"
        "Đến năm 2025, tỷ lệ hộ dân vùng đô thị sử dụng nước sạch đạt 85% trở lên; tỷ lệ hộ dân đô thị được "
        "cấp nước sạch, hợp vệ sinh đạt 99%."
    )
    assert sorted_row_keys(text, lex, units, 2024) == [
        ("URBAN_CLEAN_WATER", "eq", 99.0, None, 2025),
        ("URBAN_CLEAN_WATER", "gte", 85.0, None, 2025),
    ]
