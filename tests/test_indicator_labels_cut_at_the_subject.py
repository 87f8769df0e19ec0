"""Uncoded labels that took words naming no quantity (round 48, in our own words): the
province that aims, written first as the sentence's subject."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_province_named_as_the_subject_is_no_part_of_the_label(lex, units):
    """ "Hà Tĩnh có 15 xã đăng ký ..." counts communes: the province says who aims."""
    assert labels("Năm 2026, Hà Tĩnh có 15 xã đăng ký xây dựng mô hình xã thông minh.", lex, units) == [
        (None, "xã đăng ký xây dựng mô hình xã thông minh", 15.0)
    ]


def test_a_province_with_a_note_in_brackets_is_no_part_of_the_label(lex, units):
    """ "Gia Lai (cũ) có 120 sản phẩm": the former province and its note name no product."""
    assert labels("Năm 2026, Gia Lai (cũ) có 120 sản phẩm đạt chuẩn cấp tỉnh.", lex, units) == [
        (None, "sản phẩm đạt chuẩn cấp tỉnh", 120.0)
    ]


def test_a_province_alone_still_names_no_label(lex, units):
    assert labels("Năm 2026, Hưng Yên phấn đấu đạt 95%.", lex, units) == []
