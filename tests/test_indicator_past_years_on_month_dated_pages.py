"""A target dated before the year of a scraper's month marker ("date 2024-02"), on a page with no
published date, in our own words: the marker's year is the year the page was written in, so an
aim of an earlier year quoted beside its result is past (CONVENTIONS: a statement dated before
the publication year is a result), while an aim of the marker's year or later stays a target."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_last_years_aim_quoted_beside_its_result_is_no_target_on_a_month_dated_page(lex, units):
    text = (
        " date 2024-02 Đoàn công tác làm việc với tỉnh về kết quả năm 2023.\n\n"
        "Năm 2023, tỉnh giảm được 1,9% hộ nghèo, vượt mục tiêu đặt ra là giảm từ 1,5 - 1,8% hộ nghèo."
    )
    assert rows(text, lex, units) == []


def test_an_aim_of_the_markers_year_stays_a_target_beside_last_years_result(lex, units):
    text = (
        " date 2024-02 Đoàn công tác làm việc với tỉnh về kết quả năm 2023.\n\n"
        "Năm 2023, tỉnh giảm được 1,9% hộ nghèo, vượt mục tiêu đặt ra là giảm từ 1,5 - 1,8% hộ nghèo. "
        "Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 7,5%."
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "eq", 7.5, None, 2024)]
