"""Clean water in towns and in the countryside, as plans write it: the measure said once with
each area after it, the urban area written "vùng đô thị", and "được cấp" for "được cung cấp"."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_each_area_after_a_water_measure_said_once_takes_its_own_code(lex, units):
    text = "Năm 2026, phấn đấu tỷ lệ hộ dân được cung cấp nước sạch: đô thị là 99%; khu vực nông thôn là 93%."
    assert cited_row_keys(text, lex, units) == [
        ("URBAN_CLEAN_WATER", "eq", 99.0, None, 2026),
        ("RURAL_CLEAN_WATER", "eq", 93.0, None, 2026),
    ]


def test_urban_households_written_with_vung_or_duoc_cap_are_urban_clean_water(lex, units):
    text = (
        "Đến năm 2027, tỷ lệ hộ dân vùng đô thị sử dụng nước sạch đạt 88% trở lên; "
        "tỷ lệ hộ dân đô thị được cấp nước sạch, hợp vệ sinh đạt 97%."
    )
    assert cited_row_keys(text, lex, units) == [
        ("URBAN_CLEAN_WATER", "gte", 88.0, None, 2027),
        ("URBAN_CLEAN_WATER", "eq", 97.0, None, 2027),
    ]
