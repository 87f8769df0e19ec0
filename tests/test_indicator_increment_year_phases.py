"""Year phases of an increment, each a line after the increment's colon, are each year's
increment: the ``*_ADDED`` code, not the stock's (CONVENTIONS session 44). Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_year_lines_after_an_increment_take_the_increment_code(lex, units):
    text = (
        "Kế hoạch\n\nGiai đoạn 2026 - 2030, tỉnh phấn đấu có thêm 12 xã nông thôn mới, cụ thể:\n\n"
        "Năm 2026 thực hiện 5 xã nông thôn mới gồm xã A, xã B.\n\n"
        "Năm 2027 thực hiện 7 xã nông thôn mới gồm xã C."
    )
    got = rows(text, lex, units, 2025)
    assert ("NEW_RURAL_COMMUNES_ADDED", "eq", 5.0, None, 2026) in got
    assert ("NEW_RURAL_COMMUNES_ADDED", "eq", 7.0, None, 2027) in got


def test_year_lines_after_a_stock_keep_the_stock_code(lex, units):
    text = (
        "Kế hoạch\n\nGiai đoạn 2026 - 2030, tỉnh phấn đấu có 40 xã nông thôn mới, cụ thể:\n\n"
        "Năm 2026 có 30 xã nông thôn mới.\n\nNăm 2027 có 35 xã nông thôn mới."
    )
    got = rows(text, lex, units, 2025)
    assert ("NEW_RURAL_COMMUNES", "eq", 30.0, None, 2026) in got
