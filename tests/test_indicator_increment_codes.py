"""An increment takes its increment code (CONVENTIONS, session 33: "có thêm 5 xã đạt chuẩn nông
thôn mới" is NEW_RURAL_COMMUNES_ADDED); the stock's code never takes it, and a count with no
"thêm" / "mới", or a total beside the increment, keeps the stock's code (session 31). Round 35,
issue 8. In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_communes_added_to_the_new_rural_standard_take_the_increment_code(lex, units):
    text = "Năm 2027, huyện phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới lên 52 xã."
    assert rows(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES", "eq", 52.0, None, 2027),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 4.0, None, 2027),
    ]


def test_recognised_in_addition_advanced_and_model_communes_take_their_increment_codes(lex, units):
    text = (
        "Năm 2027, công nhận thêm 6 xã đạt chuẩn nông thôn mới nâng cao.\n\n"
        "Năm 2028, tỉnh có thêm 2 xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    assert rows(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 6.0, None, 2027),
        ("MODEL_NEW_RURAL_COMMUNES_ADDED", "eq", 2.0, None, 2028),
    ]


def test_districts_added_take_the_district_increment_code(lex, units):
    text = "Đến năm 2029, có thêm 3 huyện đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2026) == [("NEW_RURAL_DISTRICTS_ADDED", "eq", 3.0, None, 2029)]


def test_ocop_products_developed_anew_or_added_take_the_ocop_increment_code(lex, units):
    text = "Năm 2027, phát triển mới 15 sản phẩm OCOP.\n\nNăm 2028, phấn đấu có thêm ít nhất 18 sản phẩm OCOP."
    assert rows(text, lex, units, 2026) == [
        ("OCOP_PRODUCTS_ADDED", "eq", 15.0, None, 2027),
        ("OCOP_PRODUCTS_ADDED", "gte", 18.0, None, 2028),
    ]


def test_a_count_with_no_increment_word_keeps_the_stock_code(lex, units):
    text = "Năm 2027, toàn tỉnh có 61 xã đạt chuẩn nông thôn mới và 140 sản phẩm OCOP."
    assert rows(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES", "eq", 61.0, None, 2027),
        ("OCOP_PRODUCTS", "eq", 140.0, None, 2027),
    ]


def test_the_parts_of_an_added_total_are_no_rows_of_the_stock(lex, units):
    text = "Năm 2027, toàn tỉnh có thêm từ 90 sản phẩm OCOP trở lên, trong đó có 11 sản phẩm OCOP 4 sao, 3 sản phẩm OCOP 5 sao."
    assert rows(text, lex, units, 2026) == [("OCOP_PRODUCTS_ADDED", "gte", 90.0, None, 2027)]


def test_products_named_by_their_rating_take_the_ocop_codes(lex, units):
    """Products counted by the rating they are given ("được đánh giá, phân hạng 3 sao trở lên",
    "được phân hạng 3 sao trở lên") are OCOP products without the word; "thêm" makes the
    increment, the total keeps the stock."""
    text = (
        "Năm 2027, tỉnh phấn đấu có thêm 10 - 14 sản phẩm được đánh giá, phân hạng 3 sao trở lên (khi đó, "
        "tổng số sản phẩm được phân hạng 3 sao trở lên đạt 80-85 sản phẩm)."
    )
    assert rows(text, lex, units, 2026) == [
        ("OCOP_PRODUCTS", "between", 80.0, 85.0, 2027),
        ("OCOP_PRODUCTS_ADDED", "between", 10.0, 14.0, 2027),
    ]
