"""Results a review page states that read as aims (issue 8, round 27): a deadline of the
publication year on a page whose lead reviews the term ("đạt được nhiều kết quả"; "Đến năm 2025,
... đạt ..." written late in 2025 reports what was reached); a standing many indicators share
("nhiều chỉ tiêu ... thuộc nhóm dẫn đầu"); shares after a shift "đúng định hướng". Written in
our own words; the guards keep a later deadline, a plan page's deadline and an aimed standing."""

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


def test_a_structure_that_shifted_the_planned_way_reports_its_shares(lex, units):
    text = (
        "Kinh tế tỉnh năm nay tăng khá\n\n"
        "Theo báo cáo, cơ cấu kinh tế chuyển dịch theo đúng định hướng; trong đó dịch vụ chiếm 41,5%, "
        "nông nghiệp chiếm 12,4%."
    )
    assert sorted_row_keys(text, lex, units, 2024) == []


def test_a_planned_shift_with_a_deadline_is_still_an_aim(lex, units):
    text = "Định hướng phát triển\n\nChuyển dịch cơ cấu kinh tế đúng định hướng, đến năm 2030 tỷ trọng dịch vụ đạt 45%."
    assert sorted_row_keys(text, lex, units, 2024) == [("SHARE_SERVICES", "eq", 45.0, None, 2030)]
