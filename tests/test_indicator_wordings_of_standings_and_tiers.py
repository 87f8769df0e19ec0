"""Wordings of coded indicators that real pages use and the curated tables did not list (round
19, issue 8), in our own words: the row came out uncoded, with a neighbouring code, or with the
wrong comparator."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def keys(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2027\n\n" + text, lex, units, 2026)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found]


def test_one_of_the_fairly_developed_provinces_of_the_region_is_the_regional_standing(lex, units):
    assert keys(
        "Phấn đấu đến năm 2035 tỉnh trở thành một trong những tỉnh phát triển khá của vùng Bắc Trung Bộ.",
        lex,
        units,
    ) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2035)]


def test_a_fairly_developed_locality_is_the_regional_standing(lex, units):
    assert keys("Đến năm 2035, tỉnh sẽ trở thành địa phương phát triển khá của cả nước.", lex, units) == [
        ("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2035)
    ]


def test_becoming_the_economic_engine_of_the_region_is_the_regional_standing(lex, units):
    assert keys("Tỉnh phấn đấu trở thành đầu tàu kinh tế của vùng Tây Nguyên.", lex, units) == [
        ("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2027)
    ]


def test_a_province_described_as_one_of_the_fairly_developed_is_no_target(lex, units):
    text = "Hiện nay, tỉnh là một trong những tỉnh phát triển khá của vùng."
    assert keys(text, lex, units) == []


def test_share_of_communes_at_the_model_or_advanced_standard_keeps_its_tier(lex, units):
    """ "tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu" is the model tier's share, not the basic
    standard's; a share of the advanced tier written with "NTM" is the advanced tier's."""
    assert keys(
        "Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu đạt 18,5%; tỷ lệ xã đạt chuẩn NTM kiểu mẫu nâng lên 25%.",
        lex,
        units,
    ) == [
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 18.5, "percent", 2027),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 25.0, "percent", 2027),
    ]
    assert keys("Phấn đấu có trên 35% số xã đạt chuẩn NTM nâng cao.", lex, units) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "gt", 35.0, "percent", 2027)
    ]


def test_trained_workers_granted_a_certificate_are_the_certified_share(lex, units):
    assert keys("Tỷ lệ lao động qua đào tạo được cấp chứng chỉ đạt 36%.", lex, units) == [
        ("TRAINED_LABOUR_CERTIFIED_SHARE", "eq", 36.0, "percent", 2027)
    ]


def test_development_investment_in_the_province_against_grdp_is_the_investment_share(lex, units):
    assert keys("Tỷ lệ vốn đầu tư phát triển trên địa bàn so với GRDP đạt 33%.", lex, units) == [
        ("SOCIAL_INVESTMENT_SHARE_GRDP", "eq", 33.0, "percent", 2027)
    ]


def test_reaching_about_more_than_a_figure_is_approximate(lex, units):
    """ "đạt khoảng trên X" and "khoảng hơn X" are vague figures, not floors (CONVENTIONS,
    session 26: "khoảng trên X" approx)."""
    assert keys(
        "Khách du lịch đạt khoảng trên 4 triệu lượt người; thu ngân sách đạt khoảng hơn 6.000 tỷ đồng.",
        lex,
        units,
    ) == [
        ("TOURIST_ARRIVALS", "approx", 4000000.0, "count", 2027),
        ("BUDGET_REVENUE", "approx", 6000.0, "vnd_billion", 2027),
    ]


def test_an_amounts_growth_in_brackets_after_it_is_its_growth_rate(lex, units):
    """In a list of aims, "... 30.000 tỷ đồng (tăng 12% so với năm 2026)" states the amount and
    its growth, as the same growth after a comma does: two rows."""
    found = cited_indicator_rows(
        "Tỉnh phấn đấu trong năm 2027, tổng vốn đầu tư toàn xã hội là 31.000 tỷ đồng (tăng 11% so "
        "với năm 2026), thu ngân sách đạt 8.500 tỷ đồng (tăng 6% so với năm 2026).",
        lex,
        units,
        2026,
    )
    assert [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found] == [
        ("TOTAL_SOCIAL_INVESTMENT", "eq", 31000.0, "vnd_billion", 2027),
        ("SOCIAL_INVESTMENT_GROWTH", "eq", 11.0, "percent", 2027),
        ("BUDGET_REVENUE", "eq", 8500.0, "vnd_billion", 2027),
        ("BUDGET_REVENUE_GROWTH", "eq", 6.0, "percent", 2027),
    ]


def test_a_revised_range_leaves_the_old_range_behind(lex, units):
    """ "điều chỉnh mục tiêu ... từ 6-6,5% lên 7-7,5%": the target in force is the new range; the
    range left behind is no row (CONVENTIONS: a target replaced on the page), as with one figure."""
    assert keys(
        "Hội nghị thống nhất điều chỉnh mục tiêu tốc độ tăng trưởng GRDP từ 6-6,5% lên 7-7,5%.", lex, units
    ) == [("GRDP_GROWTH", "between", 7.0, "percent", 2027)]


def test_a_headline_restating_the_body_target_with_another_comparator_is_no_row(lex, units):
    """CONVENTIONS, session 27: a headline's target the body states for the same indicator and
    year is no row, whatever its comparator or rounding; a headline figure the body does not
    state stays a row."""
    text = (
        "Tỉnh phấn đấu tăng trưởng GRDP năm 2027 đạt trên 8%\n\n"
        "Theo dự thảo kế hoạch, năm 2027 tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8 - 8,5%."
    )
    found = cited_indicator_rows(text, lex, units, 2026)
    assert [
        (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in found
    ] == [("GRDP_GROWTH", "between", 8.0, 8.5, 2027)]
    other = (
        "Tỉnh phấn đấu tăng trưởng GRDP năm 2027 đạt trên 12%\n\n"
        "Theo dự thảo kế hoạch, năm 2027 tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8 - 8,5%."
    )
    found = cited_indicator_rows(other, lex, units, 2026)
    assert sorted((r["comparator"], r["value_low"]) for r in found) == [("between", 8.0), ("gt", 12.0)]


def test_about_less_than_a_figure_is_approximate(lex, units):
    """ "khoảng dưới X" is a vague figure as "khoảng trên X" is, also after "giảm ... xuống"
    (CONVENTIONS, session 30)."""
    assert keys(
        "Tỷ lệ hộ nghèo giảm xuống khoảng dưới 4%; tỷ lệ thất nghiệp khu vực thành thị khoảng dưới 3%.",
        lex,
        units,
    ) == [
        ("POVERTY_RATE", "approx", 4.0, "percent", 2027),
        ("UNEMPLOYMENT_RATE_URBAN", "approx", 3.0, "percent", 2027),
    ]
