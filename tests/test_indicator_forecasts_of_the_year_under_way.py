"""A forecast ("dự kiến") of the year the page is written in estimates a result (CONVENTIONS,
Indicators: the "dự kiến" rule): said with "năm nay", or of the year of a scraper's month
marker. After a plan word ("Theo kế hoạch năm 2024, ... dự kiến") it states the plan's figure
(session 34). Texts of our own (other provinces, other figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_forecast_of_this_year_is_no_row(lex, units):
    text = (
        "Giao ban quý III\n\n"
        "Huyện miền núi đã có 23 xã về đích nông thôn mới sau ba năm triển khai. Ngành nông nghiệp "
        "dự kiến đến cuối năm nay có thêm 4 xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert cited_row_keys(text, lex, units) == []


def test_a_forecast_of_this_year_with_a_figure_is_no_row(lex, units):
    text = (
        "Xuất khẩu tăng mạnh\n\n"
        "Mười tháng qua, hàng dệt may và thủy sản giữ đà tăng trưởng. Tỉnh dự kiến xuất siêu 3 tỷ USD "
        "năm nay."
    )
    assert cited_row_keys(text, lex, units) == []


def test_a_forecast_of_the_month_markers_year_is_no_row(lex, units):
    text = (
        " date 2019-07 Công tác giảm nghèo ở vùng cao đã có chuyển biến rõ sau hai năm hỗ trợ sinh kế. "
        "Dự kiến cuối năm 2019, tỷ lệ hộ nghèo của huyện còn dưới 2,5%."
    )
    assert cited_row_keys(text, lex, units) == []


def test_a_forecast_after_a_plan_word_on_a_marked_page_stays_a_target(lex, units):
    text = " date 2023-08 Du lịch phục hồi\n\nTheo kế hoạch năm 2023, tỉnh dự kiến đón 4,2 triệu lượt khách."
    assert cited_row_keys(text, lex, units) == [("TOURIST_ARRIVALS", "eq", 4200000.0, None, 2023)]


def test_a_forecast_of_a_later_year_on_a_marked_page_stays_a_target(lex, units):
    text = " date 2023-11 Tin tức\n\nNăm 2024, tỉnh dự kiến đón 5 triệu lượt khách."
    assert cited_row_keys(text, lex, units) == [("TOURIST_ARRIVALS", "eq", 5000000.0, None, 2024)]
