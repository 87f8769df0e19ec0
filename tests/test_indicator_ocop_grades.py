"""OCOP products counted by grade: a count or share of ONE star grade ("8 sản phẩm đạt chuẩn OCOP 4
sao", "15% số sản phẩm ... 5 sao") is uncoded, its label naming the grade: the code counts the
certified products of every grade (CONVENTIONS, session 39: one grade only is uncoded). A floor
of grades ("đạt 3 sao trở lên", "từ 3 sao") or a span of them ("3-4 sao") is the products'
count (session 42). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys


def test_a_count_or_share_of_one_grade_is_uncoded_and_named_by_its_grade(lex, units):
    text = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có tối thiểu 8 sản phẩm đạt chuẩn OCOP 4 sao."
    rows = cited_indicator_rows(text, lex, units)
    assert [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in rows] == [
        (None, "gte", 8.0, "count")
    ]
    assert rows[0]["label_vi"].endswith("OCOP 4 sao")
    share = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có tối thiểu 15% số sản phẩm đạt chuẩn OCOP 5 sao."
    assert cited_row_keys(share, lex, units) == [(None, "gte", 15.0, None, 2027)]


def test_a_floor_or_a_span_of_grades_is_the_products_count(lex, units):
    floor = "Kế hoạch\n\nNăm 2027, huyện phấn đấu phát triển 9 sản phẩm OCOP đạt 3 sao trở lên."
    assert cited_row_keys(floor, lex, units) == [("OCOP_PRODUCTS", "eq", 9.0, None, 2027)]
    span = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có 40 sản phẩm OCOP đạt 3-4 sao."
    assert cited_row_keys(span, lex, units) == [("OCOP_PRODUCTS", "eq", 40.0, None, 2027)]
