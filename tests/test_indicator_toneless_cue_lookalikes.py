"""A word that folds like a target cue but is written with other tones ("cân" of "cân đối" and the
cue "cần") is part of what is counted, and the balanced budget's revenue and spending take the
budget codes."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows
from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_word_folding_like_a_cue_with_other_tones_stays_in_the_label(lex, units):
    text = "Năm 2027, tỉnh phấn đấu quỹ cân đối dự phòng đạt 500 tỷ đồng."
    found = cited_indicator_rows(text, lex, units, 2026)
    assert [(r["indicator_code"], r["label_vi"], r["comparator"], r["value_low"], r["target_year"]) for r in found] == [
        (None, "quỹ cân đối dự phòng", "eq", 500.0, 2027)
    ]


def test_the_balanced_budget_revenue_and_spending_take_the_budget_codes(lex, units):
    text = (
        "Năm 2027, tỉnh phấn đấu tổng chi cân đối ngân sách địa phương đạt 23.500 tỷ đồng; "
        "thu cân đối ngân sách nhà nước đạt 9.800 tỷ đồng."
    )
    assert rows(text, lex, units, 2026) == [
        ("BUDGET_EXPENDITURE", "eq", 23500.0, None, 2027),
        ("BUDGET_REVENUE", "eq", 9800.0, None, 2027),
    ]
