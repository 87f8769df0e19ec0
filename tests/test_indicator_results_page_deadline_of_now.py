"""A deadline of the publication year on a page that reports results (issue 8, round 27): the
lead reviews the term ("đạt được nhiều kết quả"), so "Đến năm 2025, ... đạt ..." written late in
2025 reports what was reached, not an aim. Written in our own words; the guards keep a later
deadline and a plan page's deadline of now targets."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_deadline_of_now_on_a_reviewing_page_reports(lex, units):
    text = (
        "Kinh tế tỉnh vươn lên trong năm 2025\n\n"
        "Nhiệm kỳ 2020 - 2025, tỉnh đã vượt qua nhiều khó khăn và đạt được nhiều kết quả nổi bật.\n\n"
        "Cơ cấu kinh tế chuyển dịch tích cực. Đến năm 2025, tỷ trọng dịch vụ đạt 40,2%, "
        "nông nghiệp chỉ còn 9,1%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_a_later_deadline_on_a_reviewing_page_is_still_an_aim(lex, units):
    text = (
        "Kinh tế tỉnh vươn lên trong năm 2025\n\n"
        "Nhiệm kỳ 2020 - 2025, tỉnh đã vượt qua nhiều khó khăn và đạt được nhiều kết quả nổi bật.\n\n"
        "Đến năm 2030, tỷ trọng dịch vụ đạt 45%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("SHARE_SERVICES", "eq", 45.0, None, 2030)]


def test_a_deadline_of_now_on_a_plan_page_stays_an_aim(lex, units):
    text = "Tỉnh giao chỉ tiêu năm 2025\n\nĐến năm 2025, tỷ trọng dịch vụ đạt 40,2%."
    assert sorted_row_keys(text, lex, units, 2025) == [("SHARE_SERVICES", "eq", 40.2, None, 2025)]


def test_a_standing_many_indicators_share_is_a_review(lex, units):
    text = (
        "Tỉnh giữ đà phát triển\n\n"
        "Tại buổi làm việc, lãnh đạo tỉnh cho biết, nhiều chỉ tiêu của tỉnh tiếp tục thuộc nhóm dẫn đầu cả nước."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_a_standing_the_province_aims_at_stays_an_aim(lex, units):
    text = "Tỉnh giữ đà phát triển\n\nĐến năm 2030, tỉnh phấn đấu thuộc nhóm dẫn đầu cả nước."
    assert sorted_row_keys(text, lex, units, 2025) == [("", "achieve", None, None, 2030)]
