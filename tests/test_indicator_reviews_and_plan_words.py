"""Indicator classes of the session-23 first run (set 25), in our own words: reviews on pages
framed as setting targets, results measured against a plan they fell short of, a raise after
work done, the base year of constant prices and an elaborating paragraph's year."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys
from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_review_of_last_year_on_a_page_framed_as_setting_this_years_targets(lex, units):
    # the title counts the plan's structure for 2025; the body reviews 2024 ("đã"), then states
    # last year's figures with a tally of targets missed: no targets
    text = (
        "Tỉnh đề ra 15 chỉ tiêu chủ yếu, 8 nhóm giải pháp trong năm 2025\n\n"
        "Theo lãnh đạo tỉnh, năm 2024 nền kinh tế của tỉnh đã gặp nhiều khó khăn.\n\n"
        "Tổng sản phẩm trên địa bàn giảm 3,5% so với năm 2023; 6/15 chỉ tiêu kinh tế - xã hội năm "
        "2024 chưa hoàn thành kế hoạch.\n\n"
        "Dù vậy, tỉnh đã nỗ lực để đạt được một số kết quả tích cực như doanh thu dịch vụ tăng 7%."
    )
    assert rows(text, lex, units) == []


def test_a_raise_after_work_done_reports(lex, units):
    text = (
        "Đại hội Đảng bộ tỉnh\n\n"
        "Trong nhiệm kỳ, tỉnh đã kết nạp 9.000 đảng viên mới, nâng tỷ lệ hộ dân dùng nước sạch lên 96%."
    )
    assert rows(text, lex, units, published_year=2025) == []
    # the same raise set as an aim stays a target, labelled without the "lên" of the raise
    aim = (
        "Đại hội Đảng bộ tỉnh\n\n"
        "Đến năm 2030, tỉnh phấn đấu kết nạp 9.000 đảng viên mới, nâng tỷ lệ hộ dân dùng nước sạch lên 99%."
    )
    found = cited_indicator_rows(aim, lex, units, 2025)
    assert [(r["label_vi"], r["value_low"], r["target_year"]) for r in found if r["value_low"] == 99.0] == [
        ("hộ dân dùng nước sạch", 99.0, 2030)
    ]


def test_a_result_that_fell_short_of_the_plan_sets_no_target(lex, units):
    # undated page: last year's plan beside a shortfall is no row, nor are the figures after it
    text = (
        "Kinh tế thành phố năm qua\n\n"
        "Thành phố cho rằng tốc độ tăng trưởng GRDP chưa đạt mục tiêu do HĐND thành phố đặt ra (từ 9 - "
        "9,5%) vì thiên tai. Cơn lũ làm kinh tế thành phố thiệt hại khoảng 3.000 tỷ đồng, khiến tăng "
        "trưởng chỉ còn ở mức 7,1%.\n\n"
        "Dù chưa đạt kế hoạch nhưng tốc độ tăng trưởng GRDP vẫn cao hơn khoảng 1,2 lần bình quân cả nước."
    )
    assert rows(text, lex, units) == []


def test_the_plan_figure_after_ke_hoach_de_ra_tu_beside_an_estimate(lex, units):
    # an estimate of the year ("ước đạt") on an undated page: the year it names is under way, so
    # the plan stated after "kế hoạch đề ra từ" is that year's target
    text = (
        "Tăng trưởng kinh tế của tỉnh\n\n"
        "Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 của tỉnh ước đạt 6,8%, chưa đạt kế hoạch đề ra từ 8 - 8,5%."
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "between", 8.0, 8.5, 2023)]


def test_the_base_year_of_constant_prices_is_no_target_year(lex, units):
    text = (
        "Triển khai nhiệm vụ năm 2025\n\n"
        "Về các chỉ tiêu chủ yếu năm 2025, tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP (giá so sánh năm "
        "2010) so với năm 2024, chỉ số sản xuất công nghiệp tăng 12%."
    )
    assert rows(text, lex, units, published_year=2025) == [("INDUSTRIAL_PRODUCTION_GROWTH", "eq", 12.0, None, 2025)]
    found = [r for r in cited_row_keys(text, lex, units, 2025)]
    assert found and all(r[-1] == 2025 for r in found)


def test_a_paragraph_opened_by_cu_the_takes_the_year_of_the_aims_before_it(lex, units):
    # undated page whose most named year (the horizon) is the year reviewed
    text = (
        "Thành phố họp bàn nhiệm vụ\n\n"
        "Năm 2024, kinh tế thành phố ước tăng 6,2% so với cùng kỳ; năm 2024 thu ngân sách vượt dự toán.\n\n"
        "Thành phố đã bổ sung 15 chỉ tiêu chủ yếu cho năm 2025, chia thành 4 nhóm.\n\n"
        "Cụ thể, nhóm kinh tế, thành phố đặt mục tiêu tăng trưởng GRDP từ 7 - 7,5%."
    )
    assert rows(text, lex, units, horizon=2024) == [("GRDP_GROWTH", "between", 7.0, 7.5, 2025)]


def test_the_plan_a_result_fell_short_of_stated_after_la_is_a_target(lex, units):
    # falling short reports, but the plan figure it names after "là" (a year and the indicator's
    # words between) is this year's target on a page reviewing part of the year
    text = (
        "Kinh tế nửa đầu năm\n\n"
        "Trong 6 tháng đầu năm 2024, GRDP của tỉnh ước tăng 7,2% so với cùng kỳ. Tuy nhiên, con số này "
        "chưa đạt mục tiêu mà tỉnh đặt ra trong năm 2024 là tăng trưởng GRDP 8% - 8,5%."
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "between", 8.0, 8.5, 2024)]
