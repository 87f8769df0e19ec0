"""A figure followed by its own comma segment (or bracket) saying it met the plan ("..., đạt kế
hoạch", "..., đạt chỉ tiêu Nghị quyết đề ra", "..., đạt mục tiêu đề ra") reports a result, as
"..., vượt kế hoạch" does: no row. In our own words. "đạt kế hoạch" inside an aim's own wording
("phấn đấu ... giải ngân vốn đạt kế hoạch") stays a target, and so does an aim of a later year
that says it would meet the period's target."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_share_that_met_the_plan_is_a_result(lex, units):
    text = (
        "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025\n\n"
        "(4) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93%, đạt kế hoạch."
    )
    assert rows(text, lex, units, published_year=2025) == []


def test_an_estimate_of_this_year_that_meets_the_resolution_is_a_result(lex, units):
    text = "Dự kiến đến hết năm nay, tỷ lệ lao động qua đào tạo của tỉnh nâng lên 72%, đạt chỉ tiêu Nghị quyết đề ra."
    assert rows(text, lex, units, published_year=2025) == []


def test_a_rate_at_year_end_that_met_the_aim_is_a_result(lex, units):
    text = "Đến cuối năm 2025, tỷ lệ hộ nghèo của tỉnh giảm còn 3,2%, đạt mục tiêu đề ra."
    assert rows(text, lex, units, published_year=2025) == []


def test_an_aim_that_names_meeting_the_plan_stays_a_target(lex, units):
    text = "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế 7,5% bằng việc đẩy nhanh giải ngân vốn đạt kế hoạch."
    assert rows(text, lex, units, published_year=2025) == [("GRDP_GROWTH", "eq", 7.5, None, 2025)]


def test_a_later_aim_that_would_meet_the_target_stays_a_target(lex, units):
    text = "Năm 2026, tỉnh phấn đấu tỷ lệ hộ nghèo giảm còn 2%, đạt mục tiêu đề ra cho cả giai đoạn."
    assert rows(text, lex, units, published_year=2025) == [("POVERTY_RATE", "lte", 2.0, None, 2026)]
