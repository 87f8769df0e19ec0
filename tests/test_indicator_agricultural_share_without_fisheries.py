"""Sector shares in forms met on real pages, in our own words: the agricultural sector named
without its fisheries ("nông lâm nghiệp chiếm", "nông, lâm nghiệp chiếm") and called a group of
sectors ("tỷ trọng nhóm ngành nông, lâm nghiệp và thủy sản"); the labour's share written the
same way stays the labour's."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_farming_and_forestry_taking_a_part_is_the_agricultural_share(lex, units):
    text = (
        "Chuyển dịch cơ cấu kinh tế theo hướng giảm tỷ trọng nông nghiệp; đến năm 2028 nông lâm nghiệp "
        "chiếm khoảng 17,4%, công nghiệp - xây dựng 35,1%, dịch vụ 47,5%."
    )
    assert ("SHARE_AGRICULTURE", "approx", 17.4, None, 2028) in rows(text, lex, units, published_year=2026)


def test_farming_and_forestry_with_a_comma_taking_a_part_is_the_agricultural_share(lex, units):
    text = "Đến năm 2027, cơ cấu ngành nông, lâm nghiệp chiếm khoảng 21 - 22% trong GRDP của tỉnh."
    assert rows(text, lex, units, published_year=2026) == [("SHARE_AGRICULTURE", "between", 21.0, 22.0, 2027)]


def test_the_agricultural_group_of_sectors_share_is_the_agricultural_share(lex, units):
    # "thuỷ" written with the old placement of the tone mark
    text = "Đến năm 2029, tỷ trọng nhóm ngành nông, lâm nghiệp và thuỷ sản đạt 15 - 16% GRDP."
    assert rows(text, lex, units, published_year=2026) == [("SHARE_AGRICULTURE", "between", 15.0, 16.0, 2029)]


def test_the_labour_of_farming_and_forestry_taking_a_part_is_no_sector_share(lex, units):
    text = "Đến năm 2028, lao động nông, lâm nghiệp chiếm dưới 30% tổng lao động xã hội."
    assert rows(text, lex, units, published_year=2026) == [("AGRI_LABOUR_SHARE", "lt", 30.0, None, 2028)]
