"""Products counted before their OCOP rating ("N sản phẩm đạt từ 3 sao trở lên", "N sản phẩm
được công nhận sản phẩm OCOP từ 3 sao", "N sản phẩm đạt hạng từ 3-5 sao") are OCOP_PRODUCTS:
the rating of three stars or more names the programme's products. A share of the programme's
producers with such products stays uncoded. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_products_rated_three_stars_or_more(lex, units):
    text = "Đến năm 2026, phấn đấu có ít nhất 150 sản phẩm đạt từ 3 sao trở lên."
    assert cited_row_keys(text, lex, units, 2025) == [("OCOP_PRODUCTS", "gte", 150.0, None, 2026)]


def test_products_recognised_as_ocop_products_by_rating(lex, units):
    text = "Đến năm 2026 phấn đấu có ít nhất 250 sản phẩm được công nhận sản phẩm OCOP từ 3 sao trở lên."
    assert cited_row_keys(text, lex, units, 2025) == [("OCOP_PRODUCTS", "gte", 250.0, None, 2026)]


def test_products_rated_three_to_five_stars(lex, units):
    text = "Đến năm 2026, đánh giá, chứng nhận khoảng từ 30-35 sản phẩm đạt hạng từ 3-5 sao."
    assert cited_row_keys(text, lex, units, 2025) == [("OCOP_PRODUCTS", "between", 30.0, 35.0, 2026)]


def test_share_of_producers_with_rated_products_stays_uncoded(lex, units):
    text = "Đến năm 2026, phấn đấu đạt 15% chủ thể OCOP có sản phẩm đạt từ 3 sao trở lên thực hiện mô hình liên kết."
    assert cited_row_keys(text, lex, units, 2025) == [(None, "eq", 15.0, None, 2026)]
