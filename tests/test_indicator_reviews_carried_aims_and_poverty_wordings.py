"""Reviews of a finished year, aims a text carries out without setting them, and a poverty rate
named by its standard (issue 8, round 19), in our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_completed_and_passed_all_targets_reviews_the_year(lex, units):
    """ "hoàn thành và vượt 12/12 chỉ tiêu" reviews the year, as "đạt và vượt" does; "theo đúng
    kế hoạch" says a figure was reached as planned: neither the figure nor the paragraph after
    it sets a target."""
    text = (
        "Tin tỉnh nhà\n\n"
        "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh khẳng định, năm 2025 là năm nhiều dấu ấn, "
        "trong đó tỉnh hoàn thành và vượt toàn bộ 12/12 chỉ tiêu kinh tế - xã hội, đạt mức tăng "
        "trưởng GRDP 7,5% theo đúng kế hoạch.\n\n"
        "Kinh tế tiếp tục khởi sắc. GRDP bình quân đầu người đạt 82 triệu đồng. Toàn tỉnh đón 4,2 "
        "triệu lượt khách du lịch."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_an_aim_carried_out_in_words_sets_no_target(lex, units):
    """ "thực hiện mục tiêu tăng trưởng 2 con số" carries out an aim others set (CONVENTIONS: a
    purpose clause sets no target); the province's own figure beside it stays."""
    text = (
        "Kế hoạch năm 2026\n\n"
        "Năm 2026 là năm mở đầu kế hoạch 5 năm 2026 - 2030, thực hiện mục tiêu tăng trưởng 2 con "
        "số, đưa đất nước vững bước phát triển. Tỉnh phấn đấu tăng trưởng GRDP đạt 9%."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]


def test_poverty_rate_named_by_its_standard_without_households(lex, units):
    """ "tỷ lệ nghèo theo chuẩn nghèo đa chiều" is the poverty rate; "giảm" before its figure
    makes the yearly reduction in points, "còn" the rate reached."""
    text = (
        "Mục tiêu đến năm 2030\n\n"
        "Phấn đấu tỷ lệ lao động có việc làm đạt 96%; tỷ lệ nghèo theo chuẩn nghèo đa chiều giảm "
        "1,5 - 2%/năm. Đến năm 2030, tỷ lệ nghèo theo chuẩn nghèo đa chiều còn dưới 1%."
    )
    found = [k for k in sorted_row_keys(text, lex, units, 2025) if k[0].startswith("POVERTY")]
    assert found == [("POVERTY_RATE", "lt", 1.0, None, 2030), ("POVERTY_RATE_REDUCTION", "between", 1.5, 2.0, 2030)]
