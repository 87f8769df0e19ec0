"""A target list whose items each name their year with a colon ("năm 2026: 91%; năm 2027: 92%"),
our own texts (round 36, issue 8): each item is the figure of the indicator the list's lead names
for its year, as the same items written without the colon are."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_year_labelled_items_after_the_lead_each_give_their_years_figure(lex, units):
    text = (
        "Tỉnh được giao chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế cụ thể: năm 2026: 91,5%; năm 2027: 92,5%; năm 2028: 94,0%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("HEALTH_INSURANCE_COVERAGE", "eq", 91.5, None, 2026),
        ("HEALTH_INSURANCE_COVERAGE", "eq", 92.5, None, 2027),
        ("HEALTH_INSURANCE_COVERAGE", "eq", 94.0, None, 2028),
    ]


def test_year_labelled_items_read_as_the_same_items_without_the_colon(lex, units):
    with_colon = "Thành phố phấn đấu tỷ lệ hộ nghèo: năm 2026: dưới 2%; năm 2027: dưới 1,5%."
    without = "Thành phố phấn đấu tỷ lệ hộ nghèo: năm 2026 dưới 2%; năm 2027 dưới 1,5%."
    assert (
        sorted_row_keys(with_colon, lex, units, 2025)
        == sorted_row_keys(without, lex, units, 2025)
        == [
            ("POVERTY_RATE", "lt", 1.5, None, 2027),
            ("POVERTY_RATE", "lt", 2.0, None, 2026),
        ]
    )


def test_a_year_heading_before_a_named_target_keeps_its_own_clause(lex, units):
    text = "Kế hoạch năm 2026: tốc độ tăng trưởng GRDP đạt 8,5%; thu ngân sách đạt 4.000 tỷ đồng."
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("BUDGET_REVENUE", "eq", 4000.0, None, 2026),
        ("GRDP_GROWTH", "eq", 8.5, None, 2026),
    ]


def test_an_aim_listed_by_year_takes_the_indicator_of_the_sentence_before(lex, units):
    text = (
        "Đến năm 2030, các địa phương đều được giao chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế. "
        "Trong đó, huyện được giao chỉ tiêu cụ thể: năm 2026: 90,5%; năm 2027: 91,5%; năm 2028: 93,0%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("HEALTH_INSURANCE_COVERAGE", "eq", 90.5, None, 2026),
        ("HEALTH_INSURANCE_COVERAGE", "eq", 91.5, None, 2027),
        ("HEALTH_INSURANCE_COVERAGE", "eq", 93.0, None, 2028),
    ]
