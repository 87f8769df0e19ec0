"""Target sections with no cue of their own after the opener (session 19, classes I7 and I1a of
the first-run analysis), in our own words: plain paragraphs after a paragraph that sets the aims
of a year go on with its targets until a heading or caption, a result or an earlier year; and a
comparison with last year inside an item of a target list names the target's base."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_plain_paragraph_after_the_aims_of_a_plan_goes_on_with_them(lex, units):
    text = (
        "Tỉnh bàn định hướng phát triển\n\n"
        "Trong kế hoạch 5 năm tới, tỉnh phấn đấu tăng trưởng GRDP bình quân 8%/năm; "
        "GRDP bình quân đầu người đến năm 2030 đạt 9.000 USD.\n\n"
        "Cả giai đoạn, tổng vốn đầu tư toàn xã hội khoảng 400 nghìn tỷ đồng; tổng thu nội địa khoảng "
        "150 nghìn tỷ đồng."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("TOTAL_SOCIAL_INVESTMENT", "approx", 400000.0, None, 2030) in found
    assert ("DOMESTIC_BUDGET_REVENUE", "approx", 150000.0, None, 2030) in found


def test_sentences_after_a_repeated_caption_go_on_with_the_year_of_the_aims(lex, units):
    text = (
        "Thành phố họp bàn kế hoạch\n\n"
        "Năm 2026, thành phố đặt mục tiêu tăng trưởng GRDP từ 9% trở lên.\n\n"
        "Thành phố đặt mục tiêu năm 2026, tăng trưởng GRDP từ 9% trở lên.\n\n"
        "Tỷ lệ đô thị hóa đạt 55%. Năng suất lao động xã hội tăng 6 - 7%."
    )
    found = rows(text, lex, units, published_year=2026)
    assert ("URBANISATION_RATE", "eq", 55.0, None, 2026) in found
    assert ("LABOUR_PRODUCTIVITY_GROWTH", "between", 6.0, 7.0, 2026) in found


def test_a_third_wording_a_decision_then_a_plain_paragraph_of_figures(lex, units):
    text = (
        "Huyện thông qua nghị quyết\n\n"
        "Nghị quyết đề ra chỉ tiêu đến năm 2027 tỷ lệ hộ nghèo giảm còn dưới 2%.\n\n"
        "Tỷ lệ che phủ rừng đạt 45%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("FOREST_COVER", "eq", 45.0, None, 2027) in found
    assert ("HEALTH_INSURANCE_COVERAGE", "eq", 96.0, None, 2027) in found


def test_a_caption_line_ends_the_section(lex, units):
    text = (
        "Tỉnh bàn kế hoạch\n\n"
        "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP 8%.\n\n"
        "Quang cảnh buổi làm việc của lãnh đạo tỉnh\n\n"
        "Tỷ lệ đô thị hóa đạt 41%."
    )
    assert ("URBANISATION_RATE", "eq", 41.0, None, 2026) not in rows(text, lex, units, published_year=2025)


def test_a_paragraph_naming_an_earlier_year_leaves_the_section(lex, units):
    text = (
        "Tỉnh bàn kế hoạch\n\n"
        "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP 8%.\n\n"
        "Năm 2024, tỷ lệ đô thị hóa đạt 41%; tỷ lệ che phủ rừng đạt 43%."
    )
    found = rows(text, lex, units)
    assert not [r for r in found if r[0] in ("URBANISATION_RATE", "FOREST_COVER")]


def test_a_target_paragraph_with_no_year_opens_no_section(lex, units):
    # a paragraph that sets aims with no year says nothing of when plain figures after it fall due
    text = (
        "Tỉnh có nhiều tiềm năng\n\n"
        "Tỉnh cần phát triển mạnh năng lượng tái tạo, với 3 dự án điện gió lớn.\n\n"
        "Tổng sản phẩm trên địa bàn tăng 7,5%; thu nội địa tăng 9%."
    )
    found = rows(text, lex, units)
    assert not [r for r in found if r[0] in ("GRDP_GROWTH", "DOMESTIC_BUDGET_REVENUE")]


def test_a_results_report_after_its_plain_paragraphs_yields_nothing(lex, units):
    for text in (
        "Kết quả phát triển kinh tế - xã hội 9 tháng năm 2025\n\n"
        "Trong 9 tháng năm 2025, GRDP của tỉnh ước tăng 7,8%, đạt kế hoạch đề ra.\n\n"
        "Tỷ lệ đô thị hóa đạt 43%; thu nội địa đạt 6.000 tỷ đồng.",
        "Kinh tế quý III năm 2025 tăng trưởng khá\n\n"
        "Quý III, tăng trưởng GRDP đạt 8,1% so với cùng kỳ.\n\n"
        "Vốn đầu tư toàn xã hội khoảng 20 nghìn tỷ đồng. Tỷ lệ che phủ rừng 44%.",
    ):
        assert rows(text, lex, units, published_year=2025) == []


def test_a_base_comparison_in_an_item_under_a_target_heading_names_its_base(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Các chỉ tiêu chủ yếu năm 2025:\n\n"
        "1. Tỷ lệ hộ nghèo giảm 1,5% so với năm trước.\n\n"
        "2. Tỷ lệ đô thị hóa đạt 45%."
    )
    assert ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, 2025) in rows(text, lex, units, published_year=2024)


def test_a_base_comparison_in_a_dashed_item_under_a_paragraph_opener(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu thực hiện các chỉ tiêu sau đây:\n\n"
        "- Tỷ lệ đô thị hóa đạt 45%;\n\n"
        "- Tỷ lệ hộ nghèo giảm 1,5% so với năm trước;\n\n"
        "- Tỷ lệ che phủ rừng đạt 42%."
    )
    found = rows(text, lex, units, published_year=2024)
    assert ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, 2025) in found
    assert ("FOREST_COVER", "eq", 42.0, None, 2025) in found


def test_a_base_comparison_after_an_opener_with_a_comma_before_its_colon(lex, units):
    # the target cue of the opener stands before a comma: "Về các chỉ tiêu xã hội, môi trường gồm:"
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh đề ra 12 chỉ tiêu. Về các chỉ tiêu xã hội, môi trường gồm: tỷ lệ hộ nghèo giảm 1,5% "
        "so với năm trước; tỷ lệ đô thị hóa đạt 45%; tỷ lệ che phủ rừng đạt 42%."
    )
    found = rows(text, lex, units, published_year=2024)
    assert ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, 2025) in found
    assert ("URBANISATION_RATE", "eq", 45.0, None, 2025) in found


def test_the_same_items_under_a_results_heading_or_opener_report(lex, units):
    for text in (
        "Tình hình kinh tế - xã hội năm 2024\n\n"
        "Kết quả thực hiện các chỉ tiêu năm 2024:\n\n"
        "- Tỷ lệ hộ nghèo giảm 1,5% so với năm trước;\n\n"
        "- Tỷ lệ đô thị hóa đạt 45%.",
        "Kinh tế năm 2024\n\n"
        "Năm 2024, các chỉ tiêu đạt được gồm: tỷ lệ hộ nghèo giảm 1,5% so với năm trước; tỷ lệ đô thị hóa đạt 45%.",
    ):
        assert rows(text, lex, units, published_year=2024) == []


def test_an_item_that_reports_against_the_plan_under_a_target_heading_still_reports(lex, units):
    text = (
        "Báo cáo giữa năm\n\n"
        "1. Có 04 chỉ tiêu thay đổi, trong đó:\n\n"
        "- Có 02 chỉ tiêu vượt so với kế hoạch, gồm: năng suất lao động đạt 120 triệu đồng/lao động, cao hơn "
        "số đã báo cáo."
    )
    assert rows(text, lex, units, published_year=2024) == []


def test_on_a_results_page_a_target_paragraph_opens_no_section(lex, units):
    text = (
        "Kết quả kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
        "Năm 2024, tỉnh phấn đấu tăng trưởng GRDP 8%.\n\n"
        "Tỷ lệ đô thị hóa đạt 43%; thu nội địa đạt 3.000 tỷ đồng."
    )
    assert rows(text, lex, units, published_year=2024) == [("GRDP_GROWTH", "eq", 8.0, None, 2024)]


def test_a_review_of_the_past_year_after_the_aims_stays_a_review(lex, units):
    text = (
        "Tỉnh tổng kết năm 2024\n\n"
        "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP 8%.\n\n"
        "Năm qua, tỷ lệ đô thị hóa đạt 43%; thu nội địa đạt 3.000 tỷ đồng."
    )
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "eq", 8.0, None, 2025)]
