"""A sentence naming no year after one in its paragraph that opens with a deadline ("Đến năm
2030 hoàn thiện ... . Bảo đảm 100% ..."), in our own words: its figures fall due by that
deadline, not by the year the paragraph before carried (``earlier_deadline``); so do those after
an earlier sentence of the paragraph that sets aims for a year. A deadline before the
publication year opens a report and dates nothing after it."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_deadline_sentence_with_no_figure_dates_the_next_sentence(lex, units):
    text = (
        "Kế hoạch phát triển du lịch tỉnh Lào Cai giai đoạn 2021 - 2025 đặt mục tiêu đến năm 2025 đón 3 triệu lượt khách.\n\n"
        "Đến năm 2030 hoàn thiện hạ tầng du lịch trọng điểm. Bảo đảm 100% khu du lịch có wifi miễn phí, "
        "tổng thu từ du lịch đạt 15.000 tỷ đồng."
    )
    assert rows(text, lex, units, 2021) == [
        ("", "eq", 100.0, None, 2030),
        ("TOURISM_REVENUE", "eq", 15000.0, None, 2030),
        ("TOURIST_ARRIVALS", "eq", 3000000.0, None, 2025),
    ]


def test_a_deadline_sentence_with_a_figure_dates_the_next_sentence(lex, units):
    text = (
        "Kế hoạch đặt mục tiêu đến năm 2025 đón 3 triệu lượt khách du lịch.\n\n"
        "Đến năm 2030, tỉnh sẽ đón 5 triệu lượt khách du lịch. Tổng thu từ du lịch đạt 15.000 tỷ đồng."
    )
    assert rows(text, lex, units, 2021) == [
        ("TOURISM_REVENUE", "eq", 15000.0, None, 2030),
        ("TOURIST_ARRIVALS", "eq", 3000000.0, None, 2025),
        ("TOURIST_ARRIVALS", "eq", 5000000.0, None, 2030),
    ]


def test_on_an_undated_page_a_deadline_after_the_plan_year_dates_the_next_sentence(lex, units):
    text = (
        "Đề án đặt mục tiêu đến năm 2025 có 60% hộ gia đình dùng cáp quang.\n\n"
        "Đến năm 2030 hoàn thiện hạ tầng số. Bảo đảm 90% hộ gia đình có cáp quang."
    )
    assert [r[-1] for r in rows(text, lex, units, None)] == [2025, 2030]


def test_a_past_deadline_opens_a_report_and_dates_nothing_after_it(lex, units):
    text = (
        "Kế hoạch đặt mục tiêu đến năm 2025 đón 3 triệu lượt khách du lịch.\n\n"
        "Đến cuối năm 2020, toàn tỉnh đón 1 triệu lượt khách du lịch. Tổng thu từ du lịch đạt 15.000 tỷ đồng."
    )
    assert ("TOURISM_REVENUE", "eq", 15000.0, None, 2020) not in rows(text, lex, units, 2021)


def test_an_earlier_aim_sentence_of_the_paragraph_dates_the_next_before_a_past_paragraph(lex, units):
    text = (
        "Đến cuối năm 2020, tỷ lệ hộ nghèo của tỉnh còn 3,1%.\n\n"
        "Tỉnh Bạc Liêu xây dựng Kế hoạch chuyển đổi số với mục tiêu đến 2025, 70% dịch vụ công trực tuyến mức độ 4. "
        "Cáp quang được phủ hơn 75% hộ gia đình."
    )
    assert rows(text, lex, units, 2021) == [
        ("INTERNET_BROADBAND_COVERAGE", "gt", 75.0, None, 2025),
        ("ONLINE_PUBLIC_SERVICES_SHARE", "eq", 70.0, None, 2025),
    ]


def test_a_vision_dates_no_aim_after_it(lex, units):
    # a vision ("Tầm nhìn đến năm 2045, ...") states no deadline: the next paragraph's aim keeps the
    # plan's year, not the vision's (the seed longan-2024-qd4192 reads so)
    text = (
        "Mục tiêu đến năm 2030, tỉnh Bình Sơn là trung tâm công nghiệp của vùng. Người dân có cuộc sống ấm no.\n\n"
        "Tầm nhìn đến năm 2045, Bình Sơn là tỉnh phát triển. Xã hội văn minh, môi trường trong lành.\n\n"
        "Chương trình giao các sở thực hiện; phấn đấu tỷ lệ đô thị hóa đạt 45%."
    )
    # the vision's "là tỉnh phát triển" is its own becoming, dated by the vision (CONVENTIONS, session 40)
    assert rows(text, lex, units, 2024) == [
        ("", "achieve", None, None, 2045),
        ("URBANISATION_RATE", "eq", 45.0, None, 2030),
    ]


def test_an_aim_in_words_closing_the_paragraph_before_dates_the_next_paragraph(lex, units):
    # the sentence before that sets the aims (CONVENTIONS target_year) closes the paragraph before
    text = (
        "Du lịch Phú Yên\n\n"
        "Năm 2016, tỉnh đặt mục tiêu đón 1,5 triệu lượt khách du lịch. Đến năm 2022, du lịch trở thành "
        "ngành kinh tế mũi nhọn của tỉnh.\n\n"
        "Về khách du lịch phấn đấu đón 3 triệu lượt, doanh thu du lịch đạt 6.000 tỷ đồng."
    )
    assert rows(text, lex, units, 2014) == [
        ("TOURISM_REVENUE", "eq", 6000.0, None, 2022),
        ("TOURIST_ARRIVALS", "eq", 1500000.0, None, 2016),
        ("TOURIST_ARRIVALS", "eq", 3000000.0, None, 2022),
    ]


def test_an_aim_closing_the_paragraph_before_with_a_figure_dates_nothing_after_it(lex, units):
    text = (
        "Du lịch Phú Yên\n\n"
        "Năm 2016, tỉnh đặt mục tiêu đón 1,5 triệu lượt khách du lịch. Đến năm 2022, du lịch đóng góp 10% GRDP.\n\n"
        "Về khách du lịch phấn đấu đón 3 triệu lượt."
    )
    assert ("TOURIST_ARRIVALS", "eq", 3000000.0, None, 2022) not in rows(text, lex, units, 2014)
