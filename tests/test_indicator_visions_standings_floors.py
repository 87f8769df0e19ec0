"""Target statements real pages write that the rules missed (session 19), in our own words: the
vision year of a plan's name, standings against the whole country, year-bearing result cues on
pages written before the period ended, an aim set after a result in one sentence, "từ X" as a
floor, subjects inside a body's name, plan figures compared with last year's estimate."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[tuple]:
    return cited_row_keys(text, lex, units, published_year, horizon)


def test_the_vision_year_of_a_plans_name_is_no_target_year(lex, units):
    one = (
        "Quy hoạch\n\nQuy hoạch tỉnh Bình Thuận thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đặt mục tiêu "
        "đưa tỉnh nằm trong nhóm đầu về chuyển đổi số."
    )
    assert [r[-1] for r in rows(one, lex, units)] == [2030]
    two = (
        "Quy hoạch\n\nTheo quy hoạch thời kỳ 2021-2030, tầm nhìn tới năm 2050, mục tiêu là thu nhập "
        "bình quân đầu người đạt 150 triệu đồng."
    )
    assert [r[-1] for r in rows(two, lex, units)] == [2030]


def test_a_vision_stated_on_its_own_keeps_its_year(lex, units):
    text = "Tầm nhìn\n\nTầm nhìn đến năm 2050, tỉnh phấn đấu thu nhập bình quân đầu người đạt 300 triệu đồng."
    assert [r[-1] for r in rows(text, lex, units, 2024)] == [2050]


def test_a_standing_against_the_whole_country_is_an_uncoded_aim(lex, units):
    wordings = [
        "Đại hội\n\nĐến năm 2030, tỉnh phấn đấu nằm trong nhóm các tỉnh dẫn đầu cả nước về thu hút đầu tư.",
        "Đại hội\n\nMục tiêu đến năm 2030, tỉnh đạt trình độ phát triển khá trong cả nước.",
        "Đại hội\n\nPhấn đấu đến năm 2030 Sơn La thuộc nhóm tỉnh trung bình khá của cả nước.",
    ]
    for text in wordings:
        assert rows(text, lex, units, 2025) == [(None, "achieve", None, None, 2030)], text


def test_a_numbered_group_or_a_standing_heading_a_list_is_no_standing(lex, units):
    numbered = "Đại hội\n\nĐến năm 2030, tỉnh phấn đấu nằm trong nhóm 10 tỉnh dẫn đầu cả nước về thu hút đầu tư."
    assert [r[1] for r in rows(numbered, lex, units, 2025)] == ["lte"]
    heading = (
        "Quy hoạch\n\nĐến năm 2030, tỉnh duy trì vị trí nhóm đầu cả nước về các chỉ số: cải cách hành chính, "
        "năng lực cạnh tranh cấp tỉnh."
    )
    assert None not in [r[0] for r in rows(heading, lex, units, 2025)]


def test_two_checkable_aims_of_one_year_are_two_rows(lex, units):
    text = (
        "Đại hội\n\nĐến năm 2030, tỉnh trở thành thành phố trực thuộc Trung ương.\n\n"
        "Theo định hướng, tỉnh phát triển du lịch, nằm trong nhóm các địa phương dẫn đầu cả nước về thu nhập."
    )
    assert sorted(r[0] or "" for r in rows(text, lex, units, 2025)) == ["", "CENTRAL_CITY_STATUS"]


def test_tu_before_a_single_value_is_a_floor(lex, units):
    wordings = [
        ("Họp\n\nTỉnh phấn đấu năm 2026 tốc độ tăng trưởng GRDP đạt từ 9%.", 9.0),
        ("Họp\n\nNăm 2026, tỉnh đặt mục tiêu thu ngân sách từ 12.000 tỷ đồng.", 12000.0),
    ]
    for text, value in wordings:
        assert [r[1:3] for r in rows(text, lex, units, 2025)] == [("gte", value)], text


def test_tu_opening_a_range_or_a_change_is_no_floor(lex, units):
    ranged = "Họp\n\nNăm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP từ 8 - 8,5%."
    assert [r[1] for r in rows(ranged, lex, units, 2025)] == ["between"]
    change = "Họp\n\nNăm 2026, tỉnh phấn đấu nâng tỷ lệ đô thị hóa từ 42% lên 45%."
    assert "gte" not in [r[1] for r in rows(change, lex, units, 2025)]
    dated = "Họp\n\nĐến năm 2030, tỉnh phấn đấu nâng tỷ lệ đô thị hóa từ 42% (năm 2025) lên 50%."
    assert "gte" not in [r[1] for r in rows(dated, lex, units, 2025)]


def test_a_subject_inside_a_bodys_name_does_not_name_the_value(lex, units):
    wordings = [
        "Họp\n\nChủ tịch tỉnh yêu cầu các sở, ngành tháo gỡ khó khăn, phấn đấu mục tiêu tăng trưởng năm 2025 trên 8%.",
        "Họp\n\nGiám đốc Sở Nông nghiệp và Môi trường cùng các địa phương phấn đấu tăng trưởng năm 2026 đạt 8%.",
    ]
    for text in wordings:
        assert [r[0] for r in rows(text, lex, units, 2025)] == ["GRDP_GROWTH"], text


def test_a_bracketed_plan_compared_with_last_years_estimate_is_a_target(lex, units):
    wordings = [
        (
            "Báo cáo\n\nCả năm 2023, GRDP ước tăng 5,1% so với năm 2022 (kế hoạch tăng 7% so với ước thực hiện năm 2022).",
            ("GRDP_GROWTH", "eq", 7.0, None, 2023),
        ),
        (
            "Báo cáo\n\nTrong năm 2023, thu ngân sách ước đạt 9.000 tỷ đồng (kế hoạch 9.500 tỷ đồng so với thực hiện năm 2022).",
            ("BUDGET_REVENUE", "eq", 9500.0, None, 2023),
        ),
    ]
    for text, row in wordings:
        assert rows(text, lex, units, 2023) == [row], text


def test_a_bracketed_plan_of_this_year_stays_on_a_page_that_plans_next_year(lex, units):
    text = (
        "Tình hình năm 2023 và kế hoạch năm 2024\n\n"
        "Cả năm 2023, tổng sản phẩm (GRDP) ước tăng 5,1% so với năm 2022 (kế hoạch tăng 7%)."
    )
    assert rows(text, lex, units, 2023) == [("GRDP_GROWTH", "eq", 7.0, None, 2023)]


def test_an_aim_set_after_a_result_in_one_sentence_is_a_target(lex, units):
    one = (
        "Kỳ họp\n\nGRDP năm 2025 của tỉnh ước tăng 8,1%, tạo đà để tỉnh đặt mục tiêu tăng trưởng trên 10% vào năm tới."
    )
    assert rows(one, lex, units, 2025) == [("GRDP_GROWTH", "gt", 10.0, None, 2026)]
    two = (
        "Kỳ họp\n\nNăm 2024, thu ngân sách ước đạt 9.000 tỷ đồng, năm 2025 tỉnh phấn đấu thu ngân sách 10.000 tỷ đồng."
    )
    assert rows(two, lex, units, 2024) == [("BUDGET_REVENUE", "eq", 10000.0, None, 2025)]


def test_a_result_sentence_naming_no_later_year_sets_no_aim(lex, units):
    text = (
        "Kỷ niệm\n\nQua 20 năm, tỉnh đã đạt được nhiều kết quả, các chỉ tiêu kinh tế đều tăng gấp 10 lần "
        "so với ngày tái lập năm 2004."
    )
    assert rows(text, lex, units) == []


def test_the_level_a_change_starts_from_is_no_target(lex, units):
    up = "Kế hoạch\n\nNăm 2026, tỉnh phấn đấu nâng tỷ lệ đô thị hóa từ 42% lên 45%."
    assert rows(up, lex, units, 2025) == [("URBANISATION_RATE", "eq", 45.0, None, 2026)]
    down = "Kế hoạch\n\nĐến năm 2030, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 4% năm 2025 xuống còn 1,5%."
    assert [r[1:3] for r in rows(down, lex, units, 2025)] == [("lte", 1.5)]


def test_a_second_value_dated_after_it_continues_the_phrasing(lex, units):
    one = (
        "Quy hoạch\n\nĐến năm 2025 thu nhập bình quân đầu người đạt 3.000 USD và đạt khoảng 7.000 - 8.000 USD "
        "vào năm 2030."
    )
    # income per head in dollars: uncoded, as INCOME_PER_CAPITA holds đồng (CONVENTIONS, session 34)
    assert rows(one, lex, units, 2021) == [
        (None, "eq", 3000.0, None, 2025),
        (None, "between", 7000.0, 8000.0, 2030),
    ]
    two = "Quy hoạch\n\nNăm 2025 tỷ lệ đô thị hóa đạt 40%, khoảng 50% vào năm 2030."
    assert sorted(r[1:] for r in rows(two, lex, units, 2021)) == [
        ("approx", 50.0, None, 2030),
        ("eq", 40.0, None, 2025),
    ]


def test_a_standing_that_describes_the_vision_is_a_becoming(lex, units):
    # "Tầm nhìn đến năm 2050, X là tỉnh ..." is the vision's becoming (CONVENTIONS, session 40: a
    # vision written with "là" reads as "trở thành"): one uncoded achieve row for the vision's year,
    # as the same standing set as an aim ("Phấn đấu đến năm 2030, ...") is for the aim's
    vision = "Tầm nhìn đến năm 2050, Bình Phước là tỉnh công nghiệp phát triển hàng đầu của cả nước."
    aim = "Phấn đấu đến năm 2030, Bình Phước là tỉnh công nghiệp phát triển hàng đầu của cả nước."
    assert rows(vision, lex, units, published_year=2024) == [(None, "achieve", None, None, 2050)]
    assert rows(aim, lex, units, published_year=2024) == [(None, "achieve", None, None, 2030)]
