"""The label of a standing with no number (round 49, in our own words): the words of the state,
without the year, the province that aims or its aim cue before them."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Đại hội\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["comparator"]) for r in found]


def test_a_province_named_before_its_standing_is_no_part_of_the_label(lex, units):
    text = "Phấn đấu đến năm 2030, Bắc Giang thuộc nhóm tỉnh trung bình khá của cả nước."
    assert labels(text, lex, units) == [(None, "thuộc nhóm tỉnh trung bình khá của cả nước", "achieve")]


def test_a_year_and_a_province_in_capitals_are_no_part_of_the_label(lex, units):
    text = "ĐẾN NĂM 2030 BẮC GIANG THUỘC NHÓM TỈNH TRUNG BÌNH KHÁ CỦA CẢ NƯỚC"
    assert labels(text, lex, units) == [(None, "THUỘC NHÓM TỈNH TRUNG BÌNH KHÁ CỦA CẢ NƯỚC", "achieve")]


def test_the_aim_cue_of_the_province_is_no_part_of_the_label(lex, units):
    text = "Đến năm 2030, Bắc Giang đặt mục tiêu đạt mức trung bình của cả nước về thu nhập."
    assert labels(text, lex, units) == [(None, "mức trung bình của cả nước", "achieve")]
