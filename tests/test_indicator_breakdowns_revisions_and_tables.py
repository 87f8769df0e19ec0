"""Indicator classes of the session-22 first run (set 24), in our own words: the parts of a total
broken down in the next sentence; and the other classes fixed in that round."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[tuple]:
    return sorted(cited_row_keys(text, lex, units, published_year, horizon, uncoded=""))


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
        "Năm 2025, tỉnh phấn đấu có thêm 04 xã đạt nông thôn mới nâng cao, 03 xã đạt nông thôn mới "
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
        "Năm 2027 và giai đoạn 2027 - 2031, thành phố đặt mục tiêu tăng trưởng từ 11% trở lên, là "
        "bước đi quan trọng của thành phố."
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
        "Năm 2025, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh tiếp tục giữ vững ở mức hai con số, "
        "phấn đấu đạt 11,2%, vượt mục tiêu đề ra."
    )
    assert ("GRDP_GROWTH", "gte", 10.0, None, 2025) not in rows(text, lex, units, published_year=2025)


def test_a_bare_growth_rate_after_an_amount_is_the_growth_of_that_amount(lex, units):
    # "tốc độ tăng trưởng bình quân" names no subject of its own: it grows the revenue before it,
    # not the economy
    text = (
        "Kế hoạch tài chính\n\n"
        "Phấn đấu tổng thu ngân sách nhà nước giai đoạn 2026-2030 khoảng 600.000 tỷ đồng, tốc độ "
        "tăng trưởng bình quân 9%/năm."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("BUDGET_REVENUE", "approx", 600000.0, None, 2030),
        ("BUDGET_REVENUE_GROWTH", "eq", 9.0, None, 2030),
    ]


def test_a_revised_target_keeps_only_the_new_figure_and_a_held_standing_is_no_aim(lex, units):
    # "từ trên 11% lên trên 12%": the figure left behind is no target, with its own comparator;
    # the standing the revision rests on ("luôn nằm trong nhóm dẫn đầu") is held, not aimed at
    text = (
        "Tỉnh nâng mục tiêu tăng trưởng\n\n"
        "Nghị quyết điều chỉnh mục tiêu tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2027 từ "
        "trên 11% lên trên 12%. Việc điều chỉnh dựa trên tiềm năng, vị thế của một tỉnh luôn nằm "
        "trong nhóm dẫn đầu cả nước về tốc độ phát triển, nhằm thực hiện chỉ đạo của Chính phủ."
    )
    assert rows(text, lex, units, published_year=2027) == [("GRDP_GROWTH", "gt", 12.0, None, 2027)]
