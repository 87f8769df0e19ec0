"""OCOP products counted as written: the products "and services" certified together ("ít nhất
120 sản phẩm, dịch vụ đạt chuẩn OCOP") are the programme's products, OCOP_PRODUCTS, as "sản phẩm
đạt chuẩn OCOP" is (CONVENTIONS, sessions 31 and 40: a count as written takes the stock's code).
Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_products_and_services_certified_are_the_programmes_products(lex, units):
    text = "Kế hoạch\n\nĐến năm 2027, tỉnh phấn đấu có ít nhất 120 sản phẩm, dịch vụ đạt chuẩn OCOP."
    assert cited_row_keys(text, lex, units) == [("OCOP_PRODUCTS", "gte", 120.0, None, 2027)]
    rated = (
        "Kế hoạch\n\nĐến năm 2027, tỉnh phấn đấu có ít nhất 120 sản phẩm, dịch vụ được chứng nhận đạt chuẩn "
        "OCOP từ 3 sao trở lên."
    )
    assert cited_row_keys(rated, lex, units) == [("OCOP_PRODUCTS", "gte", 120.0, None, 2027)]
