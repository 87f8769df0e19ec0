"""Results-only statements that must give no target row (issue 8, results_probe3): a target cue
that only names the purpose of an action ("Với mục tiêu ổn định sản xuất, ..."). Written in our
own words; the guard keeps a purpose that states a figure a target."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def test_a_purpose_lead_in_sets_no_aim_for_the_action_after_it(lex, units):
    text = (
        "Kinh tế nửa đầu năm\n\n"
        "Với mục tiêu ổn định, mở rộng sản xuất của doanh nghiệp, tỉnh đã dành khoản tín dụng "
        "ưu đãi quy mô 120 tỷ đồng cho các hợp tác xã."
    )
    assert cited_indicator_rows(text, lex, units) == []
    assert cited_indicator_rows(text, lex, units, 2022) == []


def test_a_purpose_that_states_a_figure_is_still_an_aim(lex, units):
    text = "Kế hoạch năm mới\n\nTỉnh xây dựng kịch bản, với mục tiêu GRDP năm 2026 tăng 8,5%."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"]) for r in found] == [("GRDP_GROWTH", 8.5)]
