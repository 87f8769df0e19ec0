"""Indicator classes of the session-20 first runs (sets 19 and 20), in our own words: a run of
aims with no year of their own takes the year of the aims that open it; a breakdown of a target
in the next sentence; plan figures beside results; standings with no number; the parts of a
total; values in words in a purpose clause; the base of a comparison is no target year."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[tuple]:
    return sorted(cited_row_keys(text, lex, units, published_year, horizon, uncoded=""))


def test_a_run_of_aims_keeps_the_year_of_the_sentence_that_opens_it(lex, units):
    # the third and fourth sentences name no year and no cue of the first: they go on with its year
    text = (
        "Tỉnh bàn phương hướng\n\n"
        "Năm 2023, tăng trưởng GRDP của tỉnh ước đạt 6,1%. Năm 2024, tỉnh đặt mục tiêu tăng trưởng "
        "GRDP từ 7 đến 8%. Thu ngân sách phấn đấu đạt 9.000 tỷ đồng. Thu hút 300 triệu USD vốn FDI. "
        "Tỷ lệ hộ nghèo còn khoảng 1,5%."
    )
    found = rows(text, lex, units, horizon=2023)
    assert ("BUDGET_REVENUE", "eq", 9000.0, None, 2024) in found
    assert ("FDI_ATTRACTION", "eq", 300000000.0, None, 2024) in found
    assert ("POVERTY_RATE", "approx", 1.5, None, 2024) in found
