"""Uncoded labels that took words naming no quantity (round 48, in our own words): the words
of the figure before a share or count joined to it by "và"."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_share_joined_by_and_is_named_by_the_words_after_it(lex, units):
    """ "90% người dân có điện thoại thông minh và trên 70% hộ gia đình có cáp quang": the
    words before "và" name the first share, the second is named by what follows it."""
    found = labels(
        "Năm 2026, 90% người dân có điện thoại thông minh và trên 70% hộ gia đình dùng cáp quang.",
        lex,
        units,
    )
    assert (None, "hộ gia đình dùng cáp quang", 70.0) in found


def test_a_count_joined_by_and_is_named_by_its_noun(lex, units):
    found = labels(
        "Đến năm 2030, có từ 2 khu công nghiệp đạt chuẩn khu công nghiệp xanh trở lên và 4 cụm "
        "công nghiệp chuyên ngành dệt may.",
        lex,
        units,
    )
    assert (None, "cụm công nghiệp chuyên ngành dệt may", 4.0) in found
