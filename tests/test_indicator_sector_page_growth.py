"""On a page about the farm sector (its title or lead names it and no other sector of
``sector_pages.csv``), a growth that names nothing else is the sector's growth, SECTOR_I_GROWTH
(round-37 ruling); on a page about several sectors it stays as it was. Sentences invented for
these tests."""

from __future__ import annotations


import pytest

from pipelines.curation.lexicons import load_lexicons
from pipelines.curation.tables import CurationError
from pipelines.extract.indicators import unit_table
from pipelines.extract.sector_pages import page_sectors
from pipelines.text.segment import paragraphs
from tests.helpers.curation_copy import curation_with
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


def test_a_bare_growth_on_a_page_naming_the_farm_sector_and_industry_stays_the_economys(lex, units):
    # the lead names two sectors of sector_pages.csv (farm and industry): about no one sector
    text = (
        "Ngành nông nghiệp và công nghiệp tỉnh Tây Hòa triển khai nhiệm vụ năm 2026\n\n"
        "Tỉnh Tây Hòa tổ chức hội nghị tổng kết năm 2025.\n\n"
        "Năm 2026, tỉnh đặt mục tiêu tăng trưởng trên 8%."
    )
    assert page_sectors(text, paragraphs(text), lex) == {"farm", "industry"}
    assert sorted_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "gt", 8.0, None, 2026)]


INDUSTRY_PAGE = (
    "Ngành công nghiệp tỉnh Tây Hòa triển khai nhiệm vụ năm 2026\n\n"
    "Tỉnh Tây Hòa tổ chức hội nghị tổng kết năm 2025.\n\n"
    "Năm 2026, ngành phấn đấu tốc độ tăng trưởng ngành trên 12%."
)


def test_the_sectors_whose_bare_growth_is_theirs_come_from_the_table(lex, units, tmp_path):
    # industry's bare_growth is no in the project's table: the growth of "the sector" stays uncoded
    assert sorted_row_keys(INDUSTRY_PAGE, lex, units, 2025) == [("", "gt", 12.0, None, 2026)]
    cur = curation_with(
        tmp_path, "sector_pages.csv", lambda r: {**r, "bare_growth": "yes"} if r["sector"] == "industry" else r
    )
    industry = load_lexicons(cur)
    assert sorted_row_keys(INDUSTRY_PAGE, industry, unit_table(industry), 2025) == [
        ("SECTOR_II_GROWTH", "gt", 12.0, None, 2026)
    ]


def test_a_sector_with_two_growth_codes_or_an_unknown_one_fails_the_load(tmp_path):
    two = curation_with(
        tmp_path / "two",
        "sector_pages.csv",
        lambda r: {**r, "growth_code": "SECTOR_II_GROWTH"} if r["cue"] == "nông lâm thủy sản" else r,
    )
    with pytest.raises(CurationError, match=r"curation/sector_pages\.csv:\d+: sector 'farm': fails the rows of one"):
        load_lexicons(two)
    unknown = curation_with(
        tmp_path / "unknown",
        "sector_pages.csv",
        lambda r: {**r, "growth_code": "TOURISM_GROWTH_X"} if r["sector"] == "tourism" else r,
    )
    with pytest.raises(CurationError, match="unknown growth_code 'TOURISM_GROWTH_X'"):
        load_lexicons(unknown)
