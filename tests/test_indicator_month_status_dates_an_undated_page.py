"""An undated page that reports a status at a month of year Y ("đến tháng 8/2026, toàn tỉnh đã
có ...", "9 tháng đầu năm 2026") was written in Y or later: Y stands in for its publication year
(as a reviewed year does, CONVENTIONS session 30), so a "dự kiến" of Y estimates a result, no
row ("dự kiến" said of the current year once it has begun), while the aims of later years stay."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows

_PAGE = (
    "Dự kiến cuối năm 2026, tỉnh có 90 xã nông thôn mới\n\n"
    "Theo UBND tỉnh, đến tháng 8/2026, tỉnh đã có 80 xã đạt chuẩn nông thôn mới. "
    "Dự kiến đến cuối năm 2026, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới.\n"
    "Tỉnh phấn đấu đến năm 2030 có 120 xã đạt chuẩn nông thôn mới.\n"
)


def test_an_estimate_of_the_month_status_year_is_no_row(lex, units):
    assert rows(_PAGE, lex, units) == [("NEW_RURAL_COMMUNES", "eq", 120.0, None, 2030)]


def test_months_elapsed_of_a_year_date_the_page_too(lex, units):
    text = _PAGE.replace("đến tháng 8/2026, tỉnh đã có", "trong 8 tháng đầu năm 2026, tỉnh đã có")
    assert rows(text, lex, units) == [("NEW_RURAL_COMMUNES", "eq", 120.0, None, 2030)]


def test_a_dated_page_keeps_its_date(lex, units):
    assert ("NEW_RURAL_COMMUNES", "eq", 90.0, None, 2026) in rows(_PAGE, lex, units, 2025)
