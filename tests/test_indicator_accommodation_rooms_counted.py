"""Accommodation rooms ("buồng", "phòng lưu trú") are counted (unit count), and a word that folds
like a comparator but is written with other tones ("đầu tư" before a number, like "từ") sets no
floor. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def keys(text: str, lex, units, published_year: int) -> list[tuple]:
    return [
        (r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, published_year)
    ]


def test_rooms_of_accommodation_are_counted(lex, units):
    text = (
        "Đề án du lịch\n\nMục tiêu đến năm 2028: cơ sở lưu trú du lịch có 2.300 buồng lưu trú; "
        "hệ thống lưu trú từ 3.600 buồng."
    )
    assert keys(text, lex, units, 2023) == [(None, "eq", 2300.0, "count", 2028), (None, "gte", 3600.0, "count", 2028)]


def test_investment_before_a_count_sets_no_floor(lex, units):
    text = "Đề án du lịch\n\nĐến năm 2028, tỉnh thu hút đầu tư 1.400 phòng lưu trú đạt chuẩn."
    assert keys(text, lex, units, 2023) == [(None, "eq", 1400.0, "count", 2028)]


def test_a_floor_written_with_its_tones_stays(lex, units):
    text = "Đề án du lịch\n\nĐến năm 2028, tỉnh có từ 1.400 phòng lưu trú đạt chuẩn."
    assert keys(text, lex, units, 2023) == [(None, "gte", 1400.0, "count", 2028)]
