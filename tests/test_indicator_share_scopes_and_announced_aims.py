"""Targets in forms met on real pages, in our own words: sector shares under a scope written
"Tỷ trọng GRDP của ..." (no "trong"); a sentence that only announces the year's aims, on a page that otherwise reports results."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows
from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_sector_shares_under_a_share_of_grdp_scope_are_shares(lex, units):
    text = (
        "Mục tiêu cụ thể đến năm 2030:\n\n"
        "- Tỷ trọng GRDP của khu vực công nghiệp - xây dựng khoảng 45 - 47%; khu vực dịch vụ khoảng 38 - 40%; "
        "khu vực nông, lâm nghiệp, thủy sản khoảng 11 - 12%."
    )
    assert rows(text, lex, units, published_year=2024, horizon=2030) == [
        ("SHARE_AGRICULTURE", "between", 11.0, 12.0, 2030),
        ("SHARE_INDUSTRY_CONSTRUCTION", "between", 45.0, 47.0, 2030),
        ("SHARE_SERVICES", "between", 38.0, 40.0, 2030),
    ]


def test_a_sentence_announcing_the_years_aims_hands_them_on_within_its_paragraph_on_a_results_page(lex, units):
    # the page reviews the first months of the year (a results page): its figures are results unless their
    # own words say otherwise; the sentence that announces the year's aims has no figure, the one after it
    # lists them with no cue of its own
    text = (
        "Kinh tế của tỉnh trong 5 tháng đầu năm 2025 đạt nhiều kết quả tích cực.\n\n"
        "Sản lượng lúa đạt 120 nghìn tấn, tăng 3% so với cùng kỳ.\n\n"
        "Năm 2025, tỉnh đặt ra mục tiêu về xây dựng nông thôn mới. Ở cấp xã, công nhận 4 xã đạt chuẩn "
        "nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 3.0, None, 2025),
        ("NEW_RURAL_COMMUNES", "eq", 4.0, None, 2025),
    ]


def test_a_bracketed_striving_figure_beside_a_target_is_its_higher_aim_of_the_same_year(lex, units):
    # "(phấn đấu thực hiện đạt 8 xã)": the province strives past the figure it is to have recognised; the
    # bracket names no year, so it takes the year of the target it stands beside
    text = (
        "Năm 2025, tỉnh đặt ra mục tiêu về xây dựng nông thôn mới. Công nhận 4 xã đạt chuẩn nông thôn mới "
        "(phấn đấu thực hiện đạt 8 xã)."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("NEW_RURAL_COMMUNES", "eq", 4.0, None, 2025),
        ("NEW_RURAL_COMMUNES", "eq", 8.0, None, 2025),
    ]


def test_fixed_term_work_abroad_and_enterprises_actually_operating_are_coded(lex, units):
    text = (
        "Tỉnh phấn đấu mỗi năm có ít nhất 900 lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng. "
        "Đến năm 2025 toàn tỉnh có 6.200 doanh nghiệp thực tế đang hoạt động."
    )
    assert rows(text, lex, units, published_year=2022) == [
        ("ACTIVE_ENTERPRISES", "eq", 6200.0, None, 2025),
        ("LABOUR_EXPORT", "gte", 900.0, None, 2025),
    ]


def test_double_digit_growth_in_words_heralds_the_figure_a_later_paragraph_states(lex, units):
    # the aim in words and the term's growth figure stand in different paragraphs: the figure is the
    # target, the words give no row of their own (they would only if no figure were anywhere on the page)
    text = (
        "Trong nhiệm kỳ 2025-2030, tỉnh đặt mục tiêu giữ tốc độ tăng trưởng kinh tế hằng năm ở mức hai con số; "
        "đổi mới mô hình tăng trưởng.\n\n"
        "Các chỉ tiêu chủ yếu đến năm 2030: tốc độ tăng trưởng kinh tế bình quân từ 10,5% trở lên."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "gte", 10.5, None, 2030)]


def test_per_mille_rates_and_per_ten_thousand_without_its_dot_are_units(lex, units):
    text = (
        "Mục tiêu đến năm 2020:\n\n"
        "- Giảm tỷ suất sinh bình quân mỗi năm 0,15 – 0,25‰; số giường bệnh/10000 dân đạt 28 giường "
        "và 11 bác sĩ/10000 dân."
    )
    assert rows(text, lex, units, published_year=2016) == [
        ("", "between", 0.15, 0.25, 2020),
        ("DOCTORS_PER_10K", "eq", 11.0, None, 2020),
        ("HOSPITAL_BEDS_PER_10K", "eq", 28.0, None, 2020),
    ]


def test_a_congress_make_up_and_its_vote_are_no_targets(lex, units):
    # the members elected, the members the delegates stand for and the share that voted describe the
    # congress; the admissions it aims at are a target
    text = (
        "Đại hội có 390 đại biểu, đại diện cho hơn 95.000 đảng viên. Nhiệm kỳ 2025-2030, tỉnh đặt mục tiêu "
        "GRDP tăng 8-9%/năm.\n\n"
        "Ban Chấp hành nhiệm kỳ 2025-2030 gồm 55 người, Ban Thường vụ 13 người.\n\n"
        "Đại hội đã biểu quyết 100% thông qua Nghị quyết nhiệm kỳ 2025-2030, xác định mục tiêu: phấn đấu kết nạp 3.500 đảng viên mới."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("", "eq", 3500.0, None, 2030),
        ("GRDP_GROWTH", "between", 8.0, 9.0, 2030),
    ]


def test_a_plan_figure_announced_with_la_ends_at_its_comma(lex, units):
    # "vượt kế hoạch đề ra là 8%": the plan's figure, a target of the year; the standing after the comma
    # is no part of it (its words used to veto the plan figure)
    text = (
        "Theo số liệu sơ bộ, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2024 của tỉnh ước đạt "
        "9,3%, vượt kế hoạch đề ra là 8%, đứng thứ 7 cả nước."
    )
    assert rows(text, lex, units, published_year=2024) == [("GRDP_GROWTH", "eq", 8.0, None, 2024)]


def test_a_lead_in_recalling_results_as_a_foundation_does_not_make_the_aim_a_result(lex, units):
    text = (
        "Trên nền tảng những kết quả đạt được, năm 2025, tỉnh đề ra mục tiêu tăng trưởng kinh tế cao: GRDP tăng 8,7%."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "eq", 8.7, None, 2025)]


def test_per_mille_typed_as_percent_and_o_is_per_mille(lex, units):
    # session 37: a rate in per mille, also typed "%o", is uncoded, unit other, its value as written
    text = "Mục tiêu đến năm 2030:\n\n- Tỷ lệ tăng dân số tự nhiên dưới 9,5%o; tỷ lệ đô thị hóa đạt 45%."
    found = sorted(
        (r["unit"], r["indicator_code"] or "", r["value_low"]) for r in cited_indicator_rows(text, lex, units, 2025)
    )
    assert found == [("other", "", 9.5), ("percent", "URBANISATION_RATE", 45.0)]
