"""A plan figure in brackets beside a result, on a page a scraper's marker dates by its month only
("date 2025-04"), in our own words: the marker's year stands in for the publication year, so the
plan of that year is a target and last year's plan, on a January page reviewing it, is none."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_the_years_plan_beside_a_quarters_result_is_a_target_on_a_month_dated_page(lex, units):
    text = (
        " date 2025-04 Quý I/2025, kinh tế tỉnh khởi sắc với tăng trưởng ấn tượng.\n\n"
        "Hoạt động xuất khẩu sôi động trong 3 tháng đầu năm. Kim ngạch xuất khẩu đạt 450 triệu USD, tăng 8% "
        "so với cùng kỳ, hoàn thành 25% kế hoạch năm (1,8 tỷ USD)."
    )
    assert rows(text, lex, units) == [("EXPORT_VALUE", "eq", 1800000000.0, None, 2025)]


def test_last_years_plan_on_a_january_page_reviewing_that_year_is_no_target(lex, units):
    text = (
        " date 2023-01 Năm 2022, kinh tế tỉnh tăng trưởng khá.\n\n"
        "Trong 6 tháng cuối năm 2022 xuất khẩu phục hồi. Năm 2022, kim ngạch xuất khẩu đạt 1,9 tỷ USD, hoàn "
        "thành 95% kế hoạch năm (2 tỷ USD)."
    )
    assert rows(text, lex, units) == []
