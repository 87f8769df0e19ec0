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


def test_a_province_owning_the_measure_after_it_is_no_part_of_the_label(lex, units):
    """ "diện tích chè tỉnh Nam Định đạt 5.000 ha", "... của tỉnh Nam Định giai đoạn ...": the
    province after the measure says whose it is, as the subject before it does (round 54)."""
    assert labels("Năm 2026, diện tích trồng chè tỉnh Nam Định đạt 5.000 ha.", lex, units) == [
        (None, "diện tích trồng chè", 5000.0)
    ]
    found = labels("Tốc độ tăng doanh thu bán lẻ hàng nông sản của tỉnh Nam Định năm 2026 là 9%.", lex, units)
    assert found == [(None, "Tốc độ tăng doanh thu bán lẻ hàng nông sản", 9.0)]


def test_a_measure_noun_takes_the_thing_without_its_province(lex, units):
    """ "diện tích cây ăn quả tỉnh Nam Định ..., sản lượng ...": the output takes the fruit trees,
    not the province that owns them."""
    found = labels("Năm 2026, diện tích cây ăn quả tỉnh Nam Định đạt 8.000 ha, sản lượng 90.000 tấn.", lex, units)
    assert (None, "sản lượng cây ăn quả", 90000.0) in found


def test_a_district_after_the_measure_stays_in_the_label(lex, units):
    """A district is a part of the province, no owner of the province's figure: it stays."""
    found = labels("Năm 2026, diện tích trồng chè huyện Mộc Châu đạt 5.000 ha.", lex, units)
    assert found == [(None, "diện tích trồng chè huyện Mộc Châu", 5000.0)]
