"""Forecasts, estimates and a master plan's layout on pages that set no target (CONVENTIONS,
Indicators: the "dự kiến" rule; session 35, a forecast and a plan's layout are no rows; session
36, the questions a developer of round 42 asked). Texts of our own (other provinces, other
figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_forecast_is_no_row(lex, units):
    text = "Tin tức\n\nDự báo dân số của tỉnh đến năm 2030 khoảng 1,9 triệu người."
    assert cited_row_keys(text, lex, units, 2025) == []


def test_a_forecast_of_an_earlier_years_end_on_an_undated_page_is_no_row(lex, units):
    text = (
        "Kỳ họp thứ tư bàn kế hoạch năm 2025\n\n"
        "Trong năm, tỉnh đã chi trả trợ cấp cho người lao động. Dự kiến cuối năm 2024 sẽ giải ngân "
        "100% 5 gói hỗ trợ với tổng kinh phí khoảng 90 tỉ đồng."
    )
    assert cited_row_keys(text, lex, units) == []


def test_a_forecast_with_no_year_on_a_dated_page_naming_no_plan_year_is_no_row(lex, units):
    text = "Sân bay đông khách dịp Tết\n\nDịp Tết, lượng hành khách qua sân bay dự kiến đạt trên 500.000 lượt."
    assert cited_row_keys(text, lex, units, 2026) == []


def test_a_forecast_of_a_later_year_stays_a_target(lex, units):
    text = "Sân bay đông khách\n\nNăm 2027, lượng hành khách qua sân bay dự kiến đạt trên 900.000 lượt."
    assert cited_row_keys(text, lex, units, 2026) == [(None, "gt", 900000.0, None, 2027)]


def test_a_master_plans_layout_quoted_by_news_is_no_row(lex, units):
    text = (
        "Tin tức\n\nTheo Quy hoạch tỉnh thời kỳ 2021 - 2030, tỉnh Hòa Bình có 9 khu công nghiệp "
        "với tổng diện tích 3.100 ha và 25 cụm công nghiệp."
    )
    assert cited_row_keys(text, lex, units, 2025) == []


def test_a_resolution_granting_support_frames_no_target_setting_page(lex, units):
    text = (
        "HĐND tỉnh Gia Lai thông qua nghị quyết hỗ trợ 300 tỉ đồng cho người dân bị thiệt hại do lũ\n\n"
        "Nguồn vốn lấy từ ngân sách tỉnh. Toàn tỉnh sẽ có 40 xã bị thiệt hại được hỗ trợ."
    )
    assert cited_row_keys(text, lex, units, 2026) == []


def test_will_have_said_of_the_current_years_end_is_no_row(lex, units):
    text = "Tin tức\n\nĐến cuối năm 2025, toàn tỉnh Bến Tre sẽ có 140 xã đạt chuẩn nông thôn mới."
    assert cited_row_keys(text, lex, units, 2025) == []
    aimed = "Tin tức\n\nPhấn đấu đến cuối năm 2025 sẽ có 140 xã đạt chuẩn nông thôn mới."
    assert cited_row_keys(aimed, lex, units, 2025) == [("NEW_RURAL_COMMUNES", "eq", 140.0, None, 2025)]
    later = "Tin tức\n\nĐến cuối năm 2026, toàn tỉnh Bến Tre sẽ có 150 xã đạt chuẩn nông thôn mới."
    assert cited_row_keys(later, lex, units, 2025) == [("NEW_RURAL_COMMUNES", "eq", 150.0, None, 2026)]


def test_an_earlier_year_end_status_on_an_undated_page_is_no_row(lex, units):
    text = (
        "Chuyển đổi số ở Bạc Liêu\n\n"
        "Đến cuối năm 2021, tỷ lệ hộ nghèo của tỉnh còn 3,1%, tỷ lệ hộ cận nghèo là 5,4%.\n\n"
        "Tỉnh đã xây dựng kế hoạch với mục tiêu đến năm 2026, 85% hồ sơ công việc tại cấp tỉnh được xử lý "
        "trên môi trường mạng."
    )
    years = [k[4] for k in cited_row_keys(text, lex, units)]
    assert 2026 in years and 2021 not in years


def test_a_target_of_an_ended_period_on_an_undated_page_is_no_row(lex, units):
    text = (
        "Giảm nghèo ở Hà Giang\n\n"
        "Giai đoạn 2016 - 2020, tỉnh đã có 20 nghìn hộ thoát nghèo; mỗi năm, tỉnh phấn đấu giảm từ 2-3% hộ nghèo.\n\n"
        "Tỉnh phấn đấu đến hết năm 2026 giảm tỷ lệ hộ nghèo xuống còn 5%."
    )
    years = [k[4] for k in cited_row_keys(text, lex, units)]
    assert 2026 in years and 2020 not in years
