"""One figure stated for two levels of a standard at once ("3 huyện đạt chuẩn nông thôn mới nâng
cao và nông thôn mới kiểu mẫu") gives one row per level with the same figure (CONVENTIONS,
session 37). Sentences invented."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_count_stated_for_two_levels_is_a_row_per_level(lex, units):
    text = "Mục tiêu đến năm 2030, tỉnh Hòa Sơn có 5 huyện đạt chuẩn nông thôn mới nâng cao và nông thôn mới kiểu mẫu."
    assert rows(text, lex, units, 2025) == [
        ("ADVANCED_NEW_RURAL_DISTRICTS", "eq", 5.0, None, 2030),
        ("MODEL_NEW_RURAL_DISTRICTS", "eq", 5.0, None, 2030),
    ]


def test_the_second_level_named_alone_after_a_comma(lex, units):
    text = "Phấn đấu đến năm 2027, có 35% số xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu."
    assert rows(text, lex, units, 2025) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 35.0, None, 2027),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 35.0, None, 2027),
    ]


def test_a_level_word_that_opens_another_aim_is_no_second_level(lex, units):
    text = "Năm 2026, tỉnh Bảo Sơn phấn đấu có 4 xã đạt chuẩn NTM kiểu mẫu, nâng cao đời sống người dân."
    assert rows(text, lex, units, 2025) == [("MODEL_NEW_RURAL_COMMUNES", "eq", 4.0, None, 2026)]


def test_two_levels_with_figures_of_their_own_stay_two_rows(lex, units):
    text = "Năm 2026, tỉnh Bảo Sơn phấn đấu có 14 xã đạt chuẩn NTM nâng cao và 6 xã đạt NTM kiểu mẫu."
    assert rows(text, lex, units, 2025) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 14.0, None, 2026),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 6.0, None, 2026),
    ]
