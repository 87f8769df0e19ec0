"""A growth with no label of its own, in a comma segment right after a level or count of a target
list ("đón 3 triệu lượt khách, tăng bình quân 14%/năm"), measures that level: a row of its own
(CONVENTIONS: a growth after a level in a list of targets is a row), uncoded when the lexicon has
no growth code for the level, never GRDP growth; a level with a growth code keeps it
(``unit_switches.csv``), and "bằng X% so với năm trước" stays no row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_growth_after_a_count_with_no_growth_code_is_an_uncoded_row(lex, units):
    text = (
        "Kế hoạch\n\nĐến năm 2028, tỉnh Phú Yên phấn đấu đón 3 triệu lượt khách, tăng bình quân 14%/năm; "
        "doanh thu từ du lịch đạt 6.000 tỷ đồng, tốc độ tăng trung bình 16%/năm."
    )
    assert rows(text, lex, units, 2024) == [
        ("", "eq", 14.0, None, 2028),
        ("", "eq", 16.0, None, 2028),
        ("TOURISM_REVENUE", "eq", 6000.0, None, 2028),
        ("TOURIST_ARRIVALS", "eq", 3000000.0, None, 2028),
    ]


def test_a_growth_after_the_parts_of_a_total_measures_the_total(lex, units):
    text = (
        "Kế hoạch\n\nNăm 2027, tỉnh Ninh Bình đón 4 triệu lượt khách, trong đó 3,6 triệu lượt khách nội địa "
        "và 400.000 lượt khách quốc tế, tăng bình quân 10%/năm."
    )
    assert rows(text, lex, units, 2024) == [
        ("", "eq", 10.0, None, 2027),
        ("TOURIST_ARRIVALS", "eq", 4000000.0, None, 2027),
    ]


def test_a_bare_growth_after_revenue_is_no_grdp_growth(lex, units):
    text = (
        "Kế hoạch\n\nĐến năm 2026, ngành du lịch Quảng Bình phấn đấu đạt doanh thu 2.500 tỷ đồng, tốc độ "
        "tăng trưởng bình quân hàng năm là 12%."
    )
    assert rows(text, lex, units, 2024) == [
        ("", "eq", 12.0, None, 2026),
        ("TOURISM_REVENUE", "eq", 2500.0, None, 2026),
    ]


def test_a_level_with_a_growth_code_keeps_it_and_a_ratio_stays_no_row(lex, units):
    text = (
        "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu: doanh thu du lịch đạt 2.000 tỷ đồng, bằng 115% so với năm "
        "trước; tổng vốn đầu tư toàn xã hội đạt 30.000 tỷ đồng, tăng trưởng 8%."
    )
    assert rows(text, lex, units, 2024) == [
        ("SOCIAL_INVESTMENT_GROWTH", "eq", 8.0, None, 2027),
        ("TOTAL_SOCIAL_INVESTMENT", "eq", 30000.0, None, 2027),
        ("TOURISM_REVENUE", "eq", 2000.0, None, 2027),
    ]


def test_a_growth_reached_over_a_period_after_a_count_is_no_grdp_growth(lex, units):
    text = (
        "Kế hoạch\n\nĐến năm 2030, tỉnh phấn đấu đón khoảng 9 - 10 triệu lượt khách, đạt mức tăng trưởng bình "
        "quân giai đoạn 2026 - 2030 là trên 11%/năm."
    )
    assert rows(text, lex, units, 2024) == [
        ("", "gt", 11.0, None, 2030),
        ("TOURIST_ARRIVALS", "between", 9000000.0, 10000000.0, 2030),
    ]


def test_a_growth_compared_with_a_year_is_left_to_the_base_rules(lex, units):
    text = (
        "Đưa doanh thu du lịch đạt 9.000 tỷ năm 2027\n\nTỉnh phấn đấu đón 4 triệu lượt khách năm 2027, doanh "
        "thu du lịch đạt 9.000 tỷ đồng (tăng 25% so với năm 2026)."
    )
    assert [r[2] for r in rows(text, lex, units)] == [9000.0, 4000000.0]
