"""'thêm' covers the coordinated figures after it, as a comparator word does (CONVENTIONS,
session 33 after session 28): "có thêm 6 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nâng cao và
1 xã đạt chuẩn kiểu mẫu" is three increments. A figure with words of its own before it stays
the stock. Round 36, issue 8. In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_added_covers_figures_joined_by_commas_and_and(lex, units):
    text = (
        "Năm 2027, tỉnh phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn mới "
        "nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    assert rows(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 4.0, None, 2027),
        ("MODEL_NEW_RURAL_COMMUNES_ADDED", "eq", 2.0, None, 2027),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 9.0, None, 2027),
    ]


def test_added_covers_figures_after_a_semicolon(lex, units):
    text = (
        "Năm 2027, toàn tỉnh có thêm 8 xã đạt chuẩn nông thôn mới; 3 xã đạt chuẩn nông thôn mới nâng cao "
        "và 1 xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    assert rows(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 3.0, None, 2027),
        ("MODEL_NEW_RURAL_COMMUNES_ADDED", "eq", 1.0, None, 2027),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 8.0, None, 2027),
    ]


def test_a_figure_with_words_of_its_own_before_it_keeps_the_stock_code(lex, units):
    text = "Năm 2027, huyện có thêm 5 xã đạt chuẩn nông thôn mới, toàn huyện có 12 xã đạt chuẩn nông thôn mới nâng cao."
    assert rows(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 12.0, None, 2027),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 5.0, None, 2027),
    ]
