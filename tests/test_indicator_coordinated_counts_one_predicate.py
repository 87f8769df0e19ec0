"""Two counts joined by "và" before one shared predicate ("có thêm 8 xã và 01 huyện đạt chuẩn
nông thôn mới") count two things under the same phrasing: the first count is "xã đạt chuẩn nông
thôn mới" too, coded as the second is (CONVENTIONS, session 28 and 33: "thêm" covers the
coordinated figures after it). Sentences invented."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_two_counts_share_the_phrasing_after_the_second(lex, units):
    text = "Đến năm 2027, tỉnh Hòa Sơn có 90 xã và 3 huyện đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES", "eq", 90.0, None, 2027),
        ("NEW_RURAL_DISTRICTS", "eq", 3.0, None, 2027),
    ]


def test_an_increment_covers_both_counts(lex, units):
    text = "Theo kế hoạch, năm 2026, tỉnh Lâm Sơn phấn đấu có thêm 8 xã và 01 huyện đạt chuẩn NTM, 12 xã đạt chuẩn NTM nâng cao."
    assert rows(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 12.0, None, 2026),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 8.0, None, 2026),
        ("NEW_RURAL_DISTRICTS_ADDED", "eq", 1.0, None, 2026),
    ]


def test_two_uncoded_counts_share_the_words_after_the_second(lex, units):
    text = "Mục tiêu đến năm 2027, phấn đấu 35 xã và 18 thôn ra khỏi địa bàn đặc biệt khó khăn."
    assert rows(text, lex, units, 2026) == [("", "eq", 18.0, None, 2027), ("", "eq", 35.0, None, 2027)]
