"""On a page about the farm sector (its title or lead names it and no other sector), a growth
that names nothing else is the sector's growth, SECTOR_I_GROWTH (round-37 ruling); on a page
about several sectors it stays as it was. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_growth_of_the_sector_on_a_farm_sector_page_is_sector_i_growth(lex, units):
    text = (
        "Ngành nông nghiệp tỉnh Tây Hòa triển khai nhiệm vụ năm 2026\n\n"
        "Sở NN-PTNT tỉnh Tây Hòa tổ chức hội nghị tổng kết năm 2025.\n\n"
        "Năm 2026, ngành phấn đấu tốc độ tăng trưởng ngành đạt 3,8%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("SECTOR_I_GROWTH", "eq", 3.8, None, 2026)]


def test_a_growth_of_this_sector_or_a_bare_growth_on_a_farm_page_is_sector_i_growth(lex, units):
    text = (
        "Kế hoạch sản xuất nông, lâm và thủy sản năm 2026\n\n"
        "Tỉnh Tây Hòa ban hành kế hoạch sản xuất nông, lâm và thủy sản năm 2026.\n\n"
        "Năm 2026, tỉnh đặt mục tiêu tăng trưởng khu vực này trên 3,5%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("SECTOR_I_GROWTH", "gt", 3.5, None, 2026)]


def test_a_bare_growth_on_a_page_about_several_sectors_stays_the_economys(lex, units):
    text = (
        "Tây Hòa bàn nhiệm vụ năm 2026\n\n"
        "Hội nghị bàn về nông nghiệp, công nghiệp và dịch vụ của tỉnh Tây Hòa.\n\n"
        "Năm 2026, tỉnh đặt mục tiêu tăng trưởng trên 8%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "gt", 8.0, None, 2026)]
