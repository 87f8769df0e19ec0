"""Indicator classes of the session-20 first runs (sets 19 and 20), in our own words: a run of
aims with no year of their own takes the year of the aims that open it; a breakdown of a target
in the next sentence; plan figures beside results; standings with no number; the parts of a
total; values in words in a purpose clause; the base of a comparison is no target year."""

from __future__ import annotations

import pytest

from tests.helpers.indicator_rows import cited_indicator_rows
from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_run_of_aims_keeps_the_year_of_the_sentence_that_opens_it(lex, units):
    # the third and fourth sentences name no year and no cue of the first: they go on with its year
    text = (
        "Tỉnh bàn phương hướng\n\n"
        "Năm 2023, tăng trưởng GRDP của tỉnh ước đạt 6,1%. Năm 2024, tỉnh đặt mục tiêu tăng trưởng "
        "GRDP từ 7 đến 8%. Thu ngân sách phấn đấu đạt 9.000 tỷ đồng. Thu hút 300 triệu USD vốn FDI. "
        "Tỷ lệ hộ nghèo còn khoảng 1,5%."
    )
    found = rows(text, lex, units, horizon=2023)
    assert ("BUDGET_REVENUE", "eq", 9000.0, None, 2024) in found
    assert ("FDI_ATTRACTION", "eq", 300000000.0, None, 2024) in found
    assert ("POVERTY_RATE", "approx", 1.5, None, 2024) in found


def test_a_breakdown_in_the_next_paragraph_takes_the_period_of_the_aim_it_breaks_down(lex, units):
    # the paragraph's earlier sentence names a past year; the breakdown goes on with the aim's
    # period, not with that year
    text = (
        "Tỉnh tăng trưởng cao\n\n"
        "Từ năm 2021 đến nay, tỉnh liên tục duy trì vị trí dẫn đầu vùng. Theo quy hoạch, tỉnh đặt "
        "mục tiêu tăng trưởng kinh tế bình quân giai đoạn 2021 - 2030 đạt 12 - 13%.\n"
        "Trong đó, dịch vụ tăng 9 - 10%/năm; nông, lâm nghiệp và thủy sản tăng 3 - 4%/năm."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("SECTOR_III_GROWTH", "between", 9.0, 10.0, 2030) in found
    assert ("SECTOR_I_GROWTH", "between", 3.0, 4.0, 2030) in found


def test_a_list_going_on_keeps_its_year_when_one_item_names_a_later_one(lex, units):
    # only a breakdown ("Trong đó, ...") goes on with the year of the aim before it; the items of
    # a list carried on by ';' keep the list's year although the item before names 2030
    text = (
        "Tỉnh giao chỉ tiêu\n\n"
        "Năm 2026, tỉnh phấn đấu đạt các chỉ tiêu sau: tốc độ tăng trưởng GRDP đạt 8%; thu ngân "
        "sách nhà nước đạt 5.000 tỷ đồng, đến năm 2030 đạt 10.000 tỷ đồng;\n"
        "tỷ lệ hộ nghèo giảm 1%;\n"
        "tỷ lệ che phủ rừng đạt 42%."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("POVERTY_RATE_REDUCTION", "eq", 1.0, None, 2026) in found
    assert ("FOREST_COVER", "eq", 42.0, None, 2026) in found


def test_the_further_aim_a_target_serves_sets_nothing(lex, units):
    text = (
        "Tỉnh quyết tâm tăng tốc\n\n"
        "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP từ 8,5% trở lên, tạo tiền đề vững chắc cho tăng "
        "trưởng hai con số trong giai đoạn 2026 - 2030."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "gte", 8.5, None, 2025)]
    # nor is an effort said to be doubled a multiple of anything
    effort = "Tỉnh giao chỉ tiêu năm 2026\n\nCác chỉ tiêu năm 2026 đều cao, đòi hỏi nỗ lực gấp đôi để hoàn thành."
    assert rows(effort, lex, units, published_year=2025) == []


def test_the_period_of_a_served_aim_is_not_the_targets_year(lex, units):
    text = (
        "Kỳ họp giữa năm\n\n"
        "Hội đồng thống nhất đề ra 12 chỉ tiêu chủ yếu để phấn đấu trong năm 2025. Trong đó, tốc độ "
        "tăng trưởng GRDP đạt từ 8%-8,5%, làm tiền đề cho giai đoạn 2026-2030."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "between", 8.0, 8.5, 2025)]


def test_a_foundation_for_an_aim_with_no_figure_before_it_is_the_aim(lex, units):
    # nothing stated before it: the value in words is what the sentence aims at
    text = "Thành phố bước vào năm mới\n\nNăm 2026, thành phố phát triển các động lực mới, tạo nền tảng cho mục tiêu tăng trưởng 2 con số."
    assert rows(text, lex, units, published_year=2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_a_councils_term_in_the_lead_is_no_plan_year(lex, units):
    # the term ends the year after publication, but the council sets this year's aims
    text = (
        "Ngày 5-8, tại kỳ họp thứ 3 HĐND tỉnh khóa XI, nhiệm kỳ 2021-2026, Chủ tịch HĐND tỉnh đánh giá cao "
        "công tác điều hành của tỉnh.\n\n"
        "HĐND tỉnh thống nhất đề ra 10 chỉ tiêu chủ yếu để phấn đấu trong năm 2025. Trong đó, tốc độ "
        "tăng trưởng GRDP đạt từ 8%-8,5%."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "between", 8.0, 8.5, 2025)]


def test_a_province_of_a_level_against_the_country_or_a_continent_is_a_standing(lex, units):
    text = "Nghị quyết đại hội\n\nPhấn đấu đến năm 2030, tỉnh trở thành tỉnh khá của cả nước, là trung tâm của vùng."
    assert rows(text, lex, units, published_year=2025) == [("", "achieve", None, None, 2030)]
    city = (
        "Đại hội thành phố\n\n"
        "Đến năm 2045, thành phố phấn đấu thuộc nhóm thành phố phát triển khá của châu Á, đáng sống."
    )
    assert rows(city, lex, units, published_year=2025) == [("", "achieve", None, None, 2045)]


def test_a_headline_restating_a_standing_of_the_body_is_no_second_row(lex, units):
    text = (
        "Thành phố hơn 3 triệu dân phấn đấu thuộc nhóm phát triển khá của châu Á\n\n"
        "Đến năm 2045, thành phố phấn đấu thuộc nhóm thành phố phát triển khá của châu Á, đáng sống."
    )
    assert rows(text, lex, units, published_year=2025, horizon=2030) == [("", "achieve", None, None, 2045)]


def test_an_uncoded_part_of_a_total_is_no_row(lex, units):
    text = (
        "Kế hoạch năm 2026\n\n"
        "Năm 2026, ngành nông nghiệp phấn đấu tổng sản lượng lúa đạt khoảng 900.000 tấn, trong đó lúa "
        "chất lượng cao đạt khoảng 500.000 tấn. Dự toán chi ngân sách địa phương 12.000 tỷ đồng; trong đó, "
        "chi đầu tư phát triển 3.500 tỷ đồng."
    )
    found = rows(text, lex, units, published_year=2025)
    assert [r for r in found if r[2] in (500000.0, 3500.0)] == []
    assert ("", "approx", 900000.0, None, 2026) in found
    assert ("BUDGET_EXPENDITURE", "eq", 12000.0, None, 2026) in found


def test_parts_whose_measure_is_said_on_the_first_item_only(lex, units):
    text = (
        "Các chỉ tiêu năm 2026\n\n"
        "- Nông, lâm, ngư nghiệp chiếm 15%; Công nghiệp - xây dựng 40%; Dịch vụ 37%; Thuế sản phẩm 8%\n\n"
        "- Thu gom rác thải đô thị đạt 95%; khu vực nông thôn đạt 75%"
    )
    found = rows(text, lex, units, published_year=2025, horizon=2026)
    for key in [
        ("SHARE_AGRICULTURE", "eq", 15.0, None, 2026),
        ("SHARE_INDUSTRY_CONSTRUCTION", "eq", 40.0, None, 2026),
        ("SHARE_SERVICES", "eq", 37.0, None, 2026),
        ("SHARE_PRODUCT_TAXES", "eq", 8.0, None, 2026),
        ("URBAN_WASTE_COLLECTION", "eq", 95.0, None, 2026),
        ("RURAL_WASTE_COLLECTION", "eq", 75.0, None, 2026),
    ]:
        assert key in found


def test_a_plain_paragraph_after_a_review_reports_on_a_target_setting_page(lex, units):
    text = (
        "Năm 2026, tỉnh đặt mục tiêu GRDP tăng từ 9 - 10%; thu hút thêm 500 triệu USD vốn FDI.\n\n"
        "Ngày 5/12, Tỉnh ủy tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh để cho ý kiến về nhiều nội dung.\n\n"
        "Theo báo cáo, năm 2025, tỉnh đã đạt nhiều kết quả tích cực, với 12/14 chỉ tiêu đạt và vượt kế "
        "hoạch đề ra.\n\n"
        "Tốc độ tăng trưởng GRDP tăng 7,8% so với năm 2024, cao hơn bình quân chung cả nước; trong đó, "
        "ngành dịch vụ tăng 6,9%."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("GRDP_GROWTH", "between", 9.0, 10.0, 2026) in found
    assert [r for r in found if r[2] in (7.8, 6.9)] == []


def test_a_budget_estimate_named_as_a_base_gives_no_target_year(lex, units):
    text = (
        "CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2026\n\n"
        "- Thu ngân sách trên địa bàn tăng 6% so với dự toán địa phương năm 2025; phấn đấu thu ngân sách "
        "đạt 9.500 tỷ đồng. Dự toán chi ngân sách địa phương 11.000 tỷ đồng."
    )
    found = rows(text, lex, units, horizon=2026)
    assert ("BUDGET_REVENUE", "eq", 9500.0, None, 2026) in found
    assert ("BUDGET_EXPENDITURE", "eq", 11000.0, None, 2026) in found


def test_wordings_of_known_indicators(lex, units):
    text = (
        "Các chỉ tiêu năm 2026\n\n"
        "- Tổng sản phẩm (GRDP) bình quân đầu người đạt khoảng 5.000 USD\n\n"
        "- Số doanh nghiệp thành lập đạt khoảng 600 doanh nghiệp\n\n"
        "- 40 xã đạt 19 tiêu chí nông thôn mới\n\n"
        "- Giá trị sản phẩm/1 ha đất canh tác: 110 triệu đồng\n\n"
        "- Giá trị xuất, nhập khẩu: 3 tỷ USD"
    )
    found = rows(text, lex, units, published_year=2025, horizon=2026)
    for key in [
        ("GRDP_PER_CAPITA_USD", "approx", 5000.0, None, 2026),
        ("NEW_ENTERPRISES", "approx", 600.0, None, 2026),
        ("NEW_RURAL_COMMUNES", "eq", 40.0, None, 2026),
        ("AGRI_VALUE_PER_HA", "eq", 110.0, None, 2026),
        ("TRADE_VALUE", "eq", 3e9, None, 2026),
    ]:
        assert key in found, key


def test_a_plan_figure_announced_beside_a_result(lex, units):
    text = (
        "Họp cho ý kiến dự thảo báo cáo\n\n"
        "Chiều 5/2, UBND tỉnh họp cho ý kiến dự thảo báo cáo 5 năm.\n\n"
        "Riêng GRDP bình quân đầu người ước năm 2025 đạt chỉ tiêu Đại hội đề ra là 8.200 USD/người/năm."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_PER_CAPITA_USD", "eq", 8200.0, None, 2025)]


@pytest.mark.parametrize(
    "sentence, key",
    [
        (
            "- Tốc độ tăng trưởng GRDP cả năm dự kiến tăng 4,1%, thấp hơn kế hoạch đề ra là\ntăng 7%.",
            ("GRDP_GROWTH", "eq", 7.0, None, 2021),
        ),
        (
            "- Tỷ lệ hộ nghèo ước cả năm giảm 1,2%, chưa đạt chỉ tiêu giao là giảm 1,5%.",
            ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, 2021),
        ),
    ],
)
def test_a_plan_figure_announced_with_its_change_verb(lex, units, sentence, key):
    # the plan's words announce the figure with "là" and a change verb before the number
    text = f"Kết quả thực hiện kế hoạch năm 2021\n\nBáo cáo đánh giá tình hình năm 2021.\n\n{sentence}"
    assert rows(text, lex, units, published_year=2021) == [key]


def test_a_bracketed_source_note_under_a_heading_keeps_its_list(lex, units):
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n"
        "(Theo Nghị quyết số 15/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh)\n\n"
        "- Tốc độ tăng trưởng GRDP: 8-8,5%.\n\n"
        "- GRDP bình quân đầu người: 4.000 USD. Tỷ lệ lao động qua đào tạo ước đạt 70%."
    )
    assert ("GRDP_PER_CAPITA_USD", "eq", 4000.0, None, 2026) in rows(text, lex, units, horizon=2026)


def test_a_plan_figure_beside_an_uncoded_result_is_an_uncoded_target(lex, units):
    # no phrasing names what is counted: the words of the result beside the bracket label the plan
    text = (
        "Kinh tế 6 tháng đầu năm\n\n"
        "Trong 6 tháng, lượng container qua cảng biển đạt 3,1 triệu tấn (kế hoạch năm 2025 là 7 triệu tấn)."
    )
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"], r["target_year"]) for r in found] == [(None, 7e6, 2025)]
    assert "container" in found[0]["label_vi"]


def test_a_plan_figure_of_a_term_is_due_at_the_terms_end(lex, units):
    # the paragraph names the term whose resolution set the figure, and no year of its own
    text = (
        "Đoàn công tác làm việc với tỉnh\n\n"
        "Tỉnh báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025. Theo đó, "
        "các chỉ tiêu về kinh tế đạt và vượt kế hoạch; hợp tác xã hoạt động hiệu quả từ khá trở lên đạt 81% "
        "(chỉ tiêu 75%); tỷ lệ hộ nghèo còn 1,5%."
    )
    found = cited_indicator_rows(text, lex, units, 2024)
    assert [(r["comparator"], r["value_low"], r["target_year"]) for r in found] == [("eq", 75.0, 2025)]
