"""Uncoded count labels that repeated their unit (round 53, in our own words): the words before
the figure already name what the unit counts ("Số doanh nghiệp ... 3.200 doanh nghiệp"), so the
unit's noun is not appended again."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_count_whose_words_before_name_its_unit_is_not_named_twice(lex, units):
    found = labels("Đến năm 2030, số hợp tác xã kiểu mới toàn huyện đạt khoảng 240 hợp tác xã.", lex, units)
    assert (None, "số hợp tác xã kiểu mới toàn huyện", 240.0) in found


def test_a_count_per_place_whose_words_before_name_its_unit_keeps_the_words_before(lex, units):
    """ "tiêu chí/xã": the unit's head ("tiêu chí") is already in the words before."""
    found = labels("Năm 2026, số tiêu chí bình quân của huyện đạt 17,2 tiêu chí/xã.", lex, units)
    assert any(code is None and label == "số tiêu chí bình quân của huyện" for code, label, _ in found), found


def test_a_count_whose_words_before_name_another_thing_keeps_its_unit(lex, units):
    """ "tạo việc làm ... cho 1.500 lao động": the unit names what is counted, the words before
    do not."""
    found = labels("Năm 2026, tạo việc làm mới ở nông thôn cho khoảng 1.500 lao động.", lex, units)
    assert all(label != "tạo việc làm mới ở nông thôn" for _, label, _ in found), found
