"""Indicator classes of the session-22 first run (set 24), in our own words: the parts of a total
broken down in the next sentence; and the other classes fixed in that round."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_sentence_opened_by_trong_do_breaks_down_the_total_before_it(lex, units):
    # the parts (by level of government) name no indicator of the lexicon: only the total is a row
    text = (
        "Tỉnh giao dự toán\n\n"
        "Về dự toán, dự kiến thu ngân sách năm 2025 là 9.000 tỷ đồng. Trong đó, cấp tỉnh 6.000 tỷ "
        "đồng; cấp huyện, thị xã 3.000 tỷ đồng."
    )
    assert rows(text, lex, units, published_year=2024) == [("BUDGET_REVENUE", "eq", 9000.0, None, 2025)]


def test_new_rural_tiers_and_the_city_standard_are_named_without_chuan(lex, units):
    # "đạt nông thôn mới nâng cao / kiểu mẫu" drops the word "chuẩn"; meeting the basic standards
    # of a centrally governed city is the city-status aim
    text = (
        "Tỉnh giao chỉ tiêu năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu có 04 xã đạt nông thôn mới nâng cao, 03 xã đạt nông thôn mới "
        "kiểu mẫu. Mục tiêu tổng quát: xây dựng tỉnh giàu mạnh; phấn đấu đến năm 2030 đạt các tiêu "
        "chuẩn cơ bản của thành phố trực thuộc Trung ương."
    )
    assert rows(text, lex, units, published_year=2024) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 4.0, None, 2025),
        ("CENTRAL_CITY_STATUS", "achieve", None, None, 2030),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 3.0, None, 2025),
    ]


def test_an_aim_for_a_year_and_the_period_holding_it_is_a_target_of_both(lex, units):
    # one statement for two horizons: the year named and the period's end; the headline's value
    # in words then restates the year's figure
    text = (
        "Thành phố duy trì tăng trưởng hai con số\n\n"
        "Năm 2027 và giai đoạn 2027 - 2031, thành phố hướng tới tăng trưởng 11% trở lên, nhờ các "
        "dự án cảng biển mới."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("GRDP_GROWTH", "gte", 11.0, None, 2027),
        ("GRDP_GROWTH", "gte", 11.0, None, 2031),
    ]


def test_a_value_in_words_heralds_the_figure_that_follows_it_in_its_sentence(lex, units):
    # "ở mức hai con số" only announces the figure after it; whatever that figure is (here an
    # estimate that beats the target), the words are no row of their own
    text = (
        "Tỉnh tăng trưởng cao\n\n"
        "Năm 2025, tốc độ tăng trưởng kinh tế của tỉnh tiếp tục duy trì ở mức hai con số, phấn đấu "
        "đạt 11,2%, vượt mục tiêu được giao."
    )
    assert ("GRDP_GROWTH", "gte", 10.0, None, 2025) not in rows(text, lex, units, published_year=2025)


def test_a_bare_growth_rate_after_an_amount_is_the_growth_of_that_amount(lex, units):
    # "tốc độ tăng trưởng bình quân" names no subject of its own: it grows the revenue before it,
    # not the economy
    text = (
        "Kế hoạch tài chính\n\n"
        "Cả giai đoạn 2026-2030, tỉnh phấn đấu tổng thu ngân sách nhà nước khoảng 600.000 tỷ đồng, "
        "tốc độ tăng trưởng bình quân 9%/năm."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("BUDGET_REVENUE", "approx", 600000.0, None, 2030),
        ("BUDGET_REVENUE_GROWTH", "eq", 9.0, None, 2030),
    ]


def test_a_revised_target_keeps_only_the_new_figure_and_a_held_standing_is_no_aim(lex, units):
    # "từ trên 11% lên trên 12%": the figure left behind is no target, with its own comparator;
    # the standing the revision rests on ("luôn thuộc nhóm dẫn đầu") is held, not aimed at
    text = (
        "Tỉnh nâng mục tiêu tăng trưởng\n\n"
        "Hội đồng nhân dân nâng chỉ tiêu tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2027 từ "
        "trên 11% lên trên 12%. Quyết định này xuất phát từ thế mạnh của một tỉnh luôn thuộc nhóm "
        "dẫn đầu cả nước về thu hút đầu tư, cùng yêu cầu của Trung ương."
    )
    assert rows(text, lex, units, published_year=2027) == [("GRDP_GROWTH", "gt", 12.0, None, 2027)]


def test_a_table_pasted_one_row_per_line_gives_its_plan_cells_and_their_average_growth(lex, units):
    # cells joined by spaces; the plan column and the plan period's average growth are targets of
    # the period's end; the sectors under real GRDP are parts whose growth is coded, their levels
    # are no rows; a sub-item under a breakdown ("Trong đó: ...") is a part too; growth at
    # current prices is nominal (uncoded) and its parts are no rows; the year in a name
    # ("giá so sánh 2010") is no value
    text = (
        "Chỉ tiêu kế hoạch 5 năm của tỉnh\n\n"
        "STT Chỉ tiêu Đơn vị tính TH 2016 - 2020 Tăng bq 2016-2020 (%) KH 2021 - 2025 Tăng bq 2021 - 2025 (%)\n"
        "I KINH TẾ\n"
        "1 GRDP giá so sánh 2010  Tỷ đồng  20.000 6,00 27.000 6,20\n"
        "   - Khu vực I  Tỷ đồng  5.000 2,00 5.500 2,10\n"
        "   - Khu vực II  Tỷ đồng  6.000 9,00 9.000 8,40\n"
        "   Trong đó: Công nghiệp  Tỷ đồng  4.000 11,00 6.500 10,20\n"
        "                 Xây dựng  Tỷ đồng  2.000 5,00 2.500 4,60\n"
        "  GRDP giá hiện hành  Tỷ đồng  30.000 8,00 44.000 7,90\n"
        "   - Khu vực I  Tỷ đồng  8.000 5,00 10.000 4,50\n"
        "2  - GRDP bình quân đầu người/năm  Triệu đồng  50,00 8,50 72,00 7,50\n"
    )
    assert rows(text, lex, units, published_year=2020) == [
        ("", "eq", 7.5, None, 2025),
        ("", "eq", 7.9, None, 2025),
        ("", "eq", 27000.0, None, 2025),
        ("GRDP_GROWTH", "eq", 6.2, None, 2025),
        ("GRDP_PER_CAPITA", "eq", 72.0, None, 2025),
        ("GRDP_SCALE", "eq", 44000.0, None, 2025),
        ("SECTOR_II_GROWTH", "eq", 8.4, None, 2025),
        ("SECTOR_I_GROWTH", "eq", 2.1, None, 2025),
    ]


def test_a_multiple_due_after_a_span_of_years_is_a_target_of_the_period_end(lex, units):
    # "sau 5 năm sẽ ..." looks ahead (no review), the span of years is no value, and the multiple
    # is due at the period's end only
    text = (
        "Thành phố đặt mục tiêu\n\n"
        "Năm 2027 và giai đoạn 2027 - 2031, thành phố hướng tới tăng trưởng 11% trở lên, sau 5 năm "
        "sẽ đưa quy mô nền kinh tế tăng gấp đôi."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("", "eq", 2.0, None, 2031),
        ("GRDP_GROWTH", "gte", 11.0, None, 2027),
        ("GRDP_GROWTH", "gte", 11.0, None, 2031),
    ]


def test_a_rate_written_without_its_percent_sign_is_read_in_percent(lex, units):
    # a decimal after a percent indicator's phrasing and its verb, with no unit after it
    text = (
        "Tỉnh giao chỉ tiêu\n\n"
        "Năm 2025, tỉnh phấn đấu: (1) tăng trưởng GRDP đạt 8%; (2) Tỷ lệ đô thị hóa đạt 40,5 (tính cả "
        "hai thị trấn mới); (3) thu nội địa 6.000 tỷ đồng."
    )
    assert ("URBANISATION_RATE", "eq", 40.5, None, 2025) in rows(text, lex, units, published_year=2024)


def test_a_year_end_tally_after_a_review_reports_on_an_undated_page(lex, units):
    # the only target cue is the deadline; the tally of a whole ("100/110 xã") says where things
    # stand, after a review in the same paragraph: no target, even with no publication date
    text = (
        "Kết quả năm của tỉnh\n\n"
        "Trong năm, tỉnh đã hoàn thành nhiều công trình. Đến cuối năm 2023, tỉnh có 100/110 xã nông "
        "thôn mới, 25 xã nông thôn mới nâng cao, 6/12 huyện đạt chuẩn nông thôn mới."
    )
    assert rows(text, lex, units) == []


def test_plus_sub_items_under_a_stated_figure_break_it_down(lex, units):
    # the "+" lines under a line that states its own figure are its parts: the parts the lexicon
    # codes stay (the sectors' growth; product taxes' growth since round 31), an uncoded part is
    # no row
    text = (
        "Các chỉ tiêu năm 2026\n\n"
        "(1) Tốc độ tăng tổng sản phẩm (GRDP): 8,1%\n\n"
        "+ Ngành dịch vụ tăng 7,2%\n\n"
        "+ Thuế sản phẩm tăng 4,9%\n\n"
        "+ Ngành khai khoáng tăng 2,5%\n\n"
        "(2) Thu ngân sách nhà nước đạt 9.000 tỷ đồng."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("BUDGET_REVENUE", "eq", 9000.0, None, 2026),
        ("GRDP_GROWTH", "eq", 8.1, None, 2026),
        ("PRODUCT_TAXES_GROWTH", "eq", 4.9, None, 2026),
        ("SECTOR_III_GROWTH", "eq", 7.2, None, 2026),
    ]


def test_a_further_aim_keeps_its_own_comparator(lex, units):
    # "trở lên" belongs to the floor; the further aim after "phấn đấu" is a plain figure, while a
    # restatement in another unit shares the approximation
    text = (
        "Tỉnh đặt mục tiêu\n\n"
        "Năm 2025, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,5% trở lên, phấn đấu đạt 10%. GRDP bình "
        "quân đầu người khoảng 130 triệu đồng, tương đương 5.000 USD."
    )
    found = rows(text, lex, units, published_year=2024)
    assert ("GRDP_GROWTH", "eq", 10.0, None, 2025) in found
    assert ("GRDP_GROWTH", "gte", 10.0, None, 2025) not in found
    assert ("GRDP_PER_CAPITA_USD", "approx", 5000.0, None, 2025) in found


def test_on_an_undated_page_a_bracketed_plan_takes_the_year_its_sentence_is_about(lex, units):
    # no publication date: the sentence estimates the year's end, so that year is still under
    # way and stands in for the publication year (without an estimate the year may be over:
    # test_last_years_plan_in_brackets_is_no_target)
    text = (
        "Hội nghị Tỉnh ủy\n\n"
        "An sinh xã hội được bảo đảm, tỷ lệ hộ nghèo giảm 1,2% (kế hoạch 0,8%), ước cả năm 2024 "
        "tỷ lệ hộ nghèo còn 2,4%."
    )
    assert rows(text, lex, units) == [("POVERTY_RATE_REDUCTION", "eq", 0.8, None, 2024)]
