"""A commune's or ward's growth of "giá trị sản phẩm" is its gross product's growth (CONVENTIONS,
session 40): GRDP_GROWTH, while the farm sector's "giá trị sản phẩm nông nghiệp" keeps its own
code. Sentences in our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units) -> list[tuple]:
    return cited_row_keys(text, lex, units, 2025)


def test_a_commune_s_product_value_growth_is_grdp_growth(lex, units):
    text = (
        "Đại hội Đảng bộ xã Tân Phú nhiệm kỳ 2025 - 2030\n\n"
        "Đến năm 2030, tốc độ tăng giá trị sản phẩm bình quân hằng năm đạt 8,2%."
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "eq", 8.2, None, 2030)]
    said_as_growth = "Đại hội Đảng bộ phường An Lạc\n\nĐến năm 2030, tăng trưởng giá trị sản phẩm từ 9 - 10%/năm."
    assert rows(said_as_growth, lex, units) == [("GRDP_GROWTH", "between", 9.0, 10.0, 2030)]


def test_the_farm_sector_s_product_value_keeps_its_code(lex, units):
    text = "Nông nghiệp\n\nĐến năm 2030, tốc độ tăng giá trị sản phẩm nông nghiệp đạt 4,5%/năm."
    assert rows(text, lex, units) == [("AGRI_PRODUCTION_VALUE_GROWTH", "eq", 4.5, None, 2030)]
