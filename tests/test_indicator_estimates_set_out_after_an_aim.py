"""Estimate words in the items an aim sets out (our own texts): after "đặt mục tiêu", "phấn đấu"
in its sentence and a ';', a figure of another measure stated with "ước đạt", "ước tăng" or "ước"
is the plan's figure (CONVENTIONS, session 25: an estimate inside a list of a plan's targets),
also for the year under way; an estimate of the aim's own measure, or one with no measure of
its own, still reviews it."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_an_estimate_in_an_item_carried_on_after_the_aim_is_the_plans_figure(lex, units):
    text = (
        "Tỉnh đặt mục tiêu đến cuối năm 2026 tổng kim ngạch xuất khẩu đạt trên 3,1 tỷ USD; "
        "tổng thu ngân sách nhà nước ước 14.300 tỷ đồng."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("BUDGET_REVENUE", "eq", 14300.0, None, 2026),
        ("EXPORT_VALUE", "gt", 3100000000.0, None, 2026),
    ]


def test_an_estimate_of_the_aims_own_measure_still_reviews_it(lex, units):
    text = "Năm 2026, tỉnh đặt mục tiêu tăng trưởng kinh tế 9%; tăng trưởng kinh tế ước đạt 8,1%."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]


def test_an_estimate_with_no_measure_of_its_own_still_reviews_the_aim(lex, units):
    text = "Năm 2026, tỉnh đặt mục tiêu tăng trưởng kinh tế 9%; ước đạt 8,1%."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]
