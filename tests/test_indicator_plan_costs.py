"""Spending decided is no target (CONVENTIONS: an allocation sets no target), on texts of our own:
"quyết định chi" before an amount; "quyết định chỉ tiêu" (a target decided) is no spending. The
money a plan or scheme is estimated to cost ("với kinh phí dự kiến ...", "Tổng chi phí thực hiện
Đề án ...") is the capital it needs over its period: an uncoded row (session 41, which replaced
this file's first reading of such costs as no target)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_the_estimated_cost_of_a_plan_beside_its_aim_is_an_uncoded_row(lex, units):
    text = "Kế hoạch đặt mục tiêu đến năm 2027 có 40 hợp tác xã đạt chuẩn, với kinh phí dự kiến 85 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [
        ("-", "eq", 40.0, None, 2027),
        ("-", "eq", 85.0, None, 2027),
    ]


def test_the_cost_of_carrying_out_a_scheme_is_an_uncoded_row(lex, units):
    text = "Đề án phấn đấu đến năm 2027 có 40 hợp tác xã đạt chuẩn. Tổng chi phí thực hiện Đề án khoảng 85 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [
        ("-", "eq", 40.0, None, 2027),
        ("-", "approx", 85.0, None, 2027),
    ]


def test_spending_decided_is_no_target(lex, units):
    text = "Năm 2027, Ủy ban nhân dân tỉnh quyết định chi hơn 60 tỷ đồng để hỗ trợ nông dân chuyển đổi cây trồng."
    assert cited_row_keys(text, lex, units, 2026) == []


def test_a_target_decided_is_no_spending(lex, units):
    text = "Hội đồng nhân dân tỉnh quyết định chỉ tiêu thu ngân sách năm 2027 là 9.000 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2026) == [("BUDGET_REVENUE", "eq", 9000.0, None, 2027)]


def test_a_target_of_money_decided_with_no_named_indicator_stays(lex, units):
    text = "Năm 2027, tỉnh quyết định chỉ tiêu huy động hơn 60 tỷ đồng cho quỹ khuyến học."
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [("-", "gt", 60.0, None, 2027)]


def test_funds_to_raise_stay_an_aim(lex, units):
    text = "Năm 2027, tỉnh phấn đấu huy động kinh phí xã hội hóa 500 tỷ đồng cho xây dựng nông thôn mới."
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [("-", "eq", 500.0, None, 2027)]
