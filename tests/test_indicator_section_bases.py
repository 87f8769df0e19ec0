"""A figure compared with an earlier year in a plain paragraph of a target section is the
section's target, the comparison no row (CONVENTIONS, ruled in session 27), in our own words; a
review of a year before the section's still reports."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_figures_compared_with_the_year_before_go_on_with_the_section(lex, units):
    text = (
        "Tỉnh bàn kế hoạch năm 2026\n\n"
        "Năm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP đạt 9%.\n\n"
        "Thu ngân sách nhà nước trên địa bàn đạt 14.000 tỷ đồng, tăng 12% so với năm 2025. Tổng kim "
        "ngạch xuất khẩu đạt 900 triệu USD, tăng 10% so với cùng kỳ năm 2025.\n\n"
        "Tỷ lệ đô thị hóa đạt 46%."
    )
    assert rows(text, lex, units, 2025) == [
        ("BUDGET_REVENUE", "eq", 14000.0, None, 2026),
        ("EXPORT_VALUE", "eq", 900000000.0, None, 2026),
        ("GRDP_GROWTH", "eq", 9.0, None, 2026),
        ("URBANISATION_RATE", "eq", 46.0, None, 2026),
    ]


def test_sentences_after_the_aim_on_a_page_titled_as_a_review_compare_with_the_year_before(lex, units):
    text = (
        "Tỉnh tìm cách giữ đà tăng trưởng\n\n"
        "Năm 2026, tỉnh đặt mục tiêu tăng trưởng kinh tế đạt 8,5%, cao hơn 1,2 điểm phần trăm so với "
        "năm 2025. GRDP bình quân đầu người 95 triệu đồng, bằng 110% so với năm 2025."
    )
    assert rows(text, lex, units) == [
        ("GRDP_GROWTH", "eq", 8.5, None, 2026),
        ("GRDP_PER_CAPITA", "eq", 95.0, None, 2026),
    ]


def test_the_aims_own_sentence_compares_with_the_same_period_of_last_year(lex, units):
    text = (
        "Kế hoạch của tỉnh\n\n"
        "Tỉnh phấn đấu tăng trưởng GRDP năm 2026 từ 9%, khu vực dịch vụ tăng trên 8,5% so với cùng kỳ năm trước."
    )
    assert rows(text, lex, units, 2026) == [
        ("GRDP_GROWTH", "gte", 9.0, None, 2026),
        ("SECTOR_III_GROWTH", "gt", 8.5, None, 2026),
    ]


def test_a_review_of_a_year_before_the_sections_still_reports(lex, units):
    text = (
        "Tỉnh bàn kế hoạch\n\nNăm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP đạt 9%.\n\n"
        "Năm 2025, thu ngân sách nhà nước trên địa bàn đạt 12.500 tỷ đồng, tăng 8% so với năm 2024."
    )
    assert rows(text, lex, units, 2025) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]
    report = "Kết quả năm 2025\n\nNăm 2025, GRDP bình quân đầu người đạt 92 triệu đồng, tăng 9% so với năm 2024."
    assert rows(report, lex, units, 2025) == []


def test_last_years_same_period_in_a_carried_section_still_reports(lex, units):
    text = (
        "Tỉnh bàn kế hoạch\n\nNăm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP đạt 9%.\n\n"
        "Dịp nghỉ lễ, tổng doanh thu du lịch đạt 60 tỷ đồng, tăng 40% so với cùng kỳ năm trước."
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]
