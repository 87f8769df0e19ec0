"""The growth of the province's product or economy named with the farm sector right after it
("tăng trưởng GRDP nông, lâm, thủy sản", "tăng trưởng kinh tế ngành nông, lâm nghiệp, thủy sản")
is the farm sector's growth (SECTOR_I_GROWTH), not the province's (GRDP_GROWTH). The sector names
are written with commas in running text. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu đến năm 2027\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["value_high"]) for r in found]


def test_grdp_growth_of_the_farm_sector(lex, units):
    text = "Đến năm 2027, tăng trưởng GRDP nông, lâm, thủy sản bình quân 3,4%/năm."
    assert rows(text, lex, units) == [("SECTOR_I_GROWTH", "eq", 3.4, None)]


def test_growth_rate_of_the_farm_sectors_product(lex, units):
    text = "Năm 2027, tốc độ tăng trưởng GRDP nông, lâm, thủy sản đạt từ 3,1 - 3,6%."
    assert rows(text, lex, units) == [("SECTOR_I_GROWTH", "between", 3.1, 3.6)]


def test_economic_growth_of_the_farm_industry(lex, units):
    text = "Năm 2027, tăng trưởng kinh tế ngành nông, lâm nghiệp, thủy sản đạt trên 4,1%."
    assert rows(text, lex, units) == [("SECTOR_I_GROWTH", "gt", 4.1, None)]


def test_growth_of_the_local_product_of_the_farm_sector(lex, units):
    text = "Năm 2027, tốc độ tăng tổng sản phẩm địa phương (GRDP) nông, lâm, thủy sản đạt 2,8%."
    assert rows(text, lex, units) == [("SECTOR_I_GROWTH", "eq", 2.8, None)]


def test_the_provinces_growth_is_unchanged(lex, units):
    text = "Năm 2027, tốc độ tăng trưởng GRDP đạt 8,2%; tăng trưởng kinh tế nông thôn được cải thiện."
    assert rows(text, lex, units) == [("GRDP_GROWTH", "eq", 8.2, None)]
