"""Capital a higher level allots or a plan appropriates (our own texts): the amount of a capital
plan ("kế hoạch vốn ... là 6.250 tỷ đồng") or of capital allotted ("được phân bổ", "được bố trí")
is money appropriated, no target (CONVENTIONS, session 27); an aim stated beside it (disbursing
the plan, an investment to mobilise, a budget estimate) stays a target."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_the_amount_of_a_capital_plan_is_no_target(lex, units):
    text = "Kế hoạch vốn đầu tư công năm 2026 của tỉnh là 6.250 tỷ đồng."
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_capital_allotted_by_a_higher_level_is_no_target_but_the_disbursement_aim_is(lex, units):
    text = (
        "Năm 2026, tổng kế hoạch vốn được Trung ương giao cho tỉnh là 5.400 tỷ đồng; "
        "tỉnh phấn đấu giải ngân 100% kế hoạch vốn."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("", "eq", 100.0, None, 2026)]


def test_capital_allotted_to_the_province_by_a_programme_is_no_target(lex, units):
    text = "Nguồn vốn sự nghiệp được phân bổ cho tỉnh năm 2026 là 820 tỷ đồng, tỉnh phấn đấu sử dụng hiệu quả."
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_an_investment_to_mobilise_and_a_budget_estimate_stay_targets(lex, units):
    text = (
        "Năm 2026, tỉnh phấn đấu tổng vốn đầu tư toàn xã hội đạt 95.000 tỷ đồng; dự toán thu ngân "
        "sách nhà nước trên địa bàn là 12.000 tỷ đồng."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("BUDGET_REVENUE", "eq", 12000.0, None, 2026),
        ("TOTAL_SOCIAL_INVESTMENT", "eq", 95000.0, None, 2026),
    ]
