"""Money a council decides at a session is no target (CONVENTIONS, session 35: cuts to investment
plans decided at a session are no rows; session 27: an allocation sets none): a cut decided
("quyết định giảm", "điều chỉnh giảm" an amount) and support a resolution grants ("nghị quyết hỗ
trợ"). A target lowered to the figure in force ("điều chỉnh giảm chỉ tiêu ... xuống") stays.
Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_cut_decided_at_a_session_is_no_target(lex, units):
    text = "Theo đó, tỉnh quyết định giảm hơn 300 tỷ đồng kế hoạch đầu tư công năm 2026 nguồn ngân sách tỉnh."
    assert cited_row_keys(text, lex, units, 2026) == []


def test_a_plan_cut_by_an_amount_is_no_target(lex, units):
    text = (
        "Nội dung điều chỉnh: (1) Điều chỉnh giảm 48,2 tỷ đồng kế hoạch đầu tư công trung hạn giai đoạn "
        "2026-2030 nguồn vốn ngân sách tỉnh."
    )
    assert cited_row_keys(text, lex, units, 2026) == []


def test_support_a_resolution_grants_is_no_target(lex, units):
    text = "Các đại biểu đã thống nhất thông qua nghị quyết hỗ trợ 350 tỷ đồng cho các hộ bị thiệt hại do lũ năm 2027."
    assert cited_row_keys(text, lex, units, 2026) == []


def test_a_target_lowered_to_the_figure_in_force_stays(lex, units):
    text = "Hội đồng nhân dân tỉnh điều chỉnh giảm chỉ tiêu thu ngân sách năm 2027 xuống 8.500 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2026) == [("BUDGET_REVENUE", "eq", 8500.0, None, 2027)]
