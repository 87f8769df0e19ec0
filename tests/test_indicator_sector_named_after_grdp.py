"""The growth of GRDP with sector I named right after it ("tăng trưởng GRDP nông, lâm, thủy
sản") is the sector's growth, SECTOR_I_GROWTH, not the province's GRDP growth (CONVENTIONS: the
sector's growth under GRDP growth), on texts of our own; GRDP growth alone stays GRDP_GROWTH."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_grdp_growth_of_the_farm_sector_is_sector_one_growth(lex, units):
    text = "Đến năm 2028, tỉnh phấn đấu tăng trưởng GRDP nông, lâm, thủy sản bình quân 3,2%/năm."
    assert cited_row_keys(text, lex, units, 2026) == [("SECTOR_I_GROWTH", "eq", 3.2, None, 2028)]


def test_economic_growth_of_the_farm_sector_written_with_dashes_is_sector_one_growth(lex, units):
    text = "Năm 2027 phấn đấu tốc độ tăng trưởng kinh tế ngành nông - lâm - thủy sản đạt trên 4,1%."
    assert cited_row_keys(text, lex, units, 2026) == [("SECTOR_I_GROWTH", "gt", 4.1, None, 2027)]


def test_grdp_growth_alone_stays_the_province_growth(lex, units):
    text = "Năm 2027, tỉnh phấn đấu tăng trưởng GRDP đạt 8,4%, trong đó nông, lâm, thủy sản tăng 3,1%."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("GRDP_GROWTH", "eq", 8.4, None, 2027),
        ("SECTOR_I_GROWTH", "eq", 3.1, None, 2027),
    ]
