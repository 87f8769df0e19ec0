"""A plan's figure named right after the plan a result or an aim is measured against (round 21,
issue 8), in our own words: a shortfall written "không đạt mục tiêu trên X" with the figure
straight after the plan word, an aim that passes an assigned target by a difference and then
names that target's figure ("cao hơn D so với chỉ tiêu X"), and a target passed ("vượt qua")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_shortfall_names_the_plan_figure_straight_after_the_plan_word(lex, units):
    # the year's growth will fall short: the result is no row, the plan's figure is this year's target
    text = (
        "Hội nghị cuối năm\n\n"
        "Năm 2024, tăng trưởng GRDP của tỉnh dự kiến không đạt mục tiêu trên 8,5% nhưng vẫn ở mức khá, "
        "ước đạt khoảng 7,6%."
    )
    assert rows(text, lex, units, 2024) == [("GRDP_GROWTH", "gt", 8.5, None, 2024)]


def test_a_shortfall_of_a_plan_named_by_its_year_gives_no_figure_of_the_year(lex, units):
    # "kế hoạch năm 2024" names the plan's year, not its figure: nothing is read from the year
    text = "Hội nghị cuối năm\n\nTăng trưởng GRDP của tỉnh không đạt kế hoạch năm 2024, ước đạt khoảng 7,6%."
    assert rows(text, lex, units, 2024) == []


def test_an_aim_that_passes_an_assigned_target_by_a_difference_names_that_target(lex, units):
    # the difference (1,5 points) is no row; the assigned figure after "so với chỉ tiêu" is one
    text = (
        "Kế hoạch năm 2025\n\n"
        "Tỉnh đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 9,5%, cao hơn 1,5 điểm phần trăm so với chỉ tiêu "
        "8% mà Trung ương giao."
    )
    assert rows(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2025),
        ("GRDP_GROWTH", "eq", 9.5, None, 2025),
    ]


def test_an_aim_that_passes_an_assigned_target_with_vuot_qua(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Tỉnh đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 9,5%, vượt qua chỉ tiêu 8% mà Trung ương đã giao."
    )
    assert rows(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2025),
        ("GRDP_GROWTH", "eq", 9.5, None, 2025),
    ]


def test_an_aim_named_by_its_subject_passes_a_target_named_after_the_year_and_difference(lex, units):
    # the aim is coded by its subject ("mục tiêu tăng trưởng"), its year stands before the
    # difference: the target it passes is the same indicator's, of the same year
    text = (
        "Kế hoạch năm 2025\n\n"
        "Tỉnh đặt mục tiêu tăng trưởng 9,2% cho năm 2025, cao hơn 0,3 điểm phần trăm so với mục tiêu 8,9% "
        "mà Trung ương giao."
    )
    assert rows(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "eq", 8.9, None, 2025),
        ("GRDP_GROWTH", "eq", 9.2, None, 2025),
    ]
