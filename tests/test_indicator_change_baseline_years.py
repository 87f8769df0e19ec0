"""The level a change starts from is no target, and neither is its year: "từ 45% năm 2020 lên
50% năm 2025" is a target of 2025 (the year after the start value dates the baseline only:
CONVENTIONS, sessions 19, 42 and 43), also written "cuối 2021" or "vào cuối năm 2021". Texts of
our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_the_year_of_the_start_value_is_the_baseline(lex, units):
    text = "Mục tiêu: nâng tỷ lệ che phủ rừng từ 45% năm 2020 lên 50% năm 2025."
    assert sorted_row_keys(text, lex, units, 2021) == [("FOREST_COVER", "eq", 50.0, None, 2025)]


def test_the_start_year_is_no_target_year_of_the_level_reached(lex, units):
    # undated master plan: the level reached takes the year written after it, not the baseline's
    text = "Các mục tiêu cụ thể\n- Nâng tỷ lệ che phủ rừng từ 38% năm 2015 lên 45% năm 2020."
    assert sorted_row_keys(text, lex, units) == [("FOREST_COVER", "eq", 45.0, None, 2020)]


def test_a_start_dated_by_year_end_without_nam(lex, units):
    text = (
        "Mục tiêu đến năm 2025, huyện phấn đấu tỷ lệ hộ nghèo đa chiều giảm từ 41,2% cuối 2021 xuống còn "
        "18,5% cuối 2025."
    )
    assert sorted_row_keys(text, lex, units, 2023) == [("POVERTY_RATE", "lte", 18.5, None, 2025)]


def test_a_start_dated_by_vao_cuoi_nam(lex, units):
    text = "Huyện phấn đấu tỷ lệ hộ nghèo đa chiều giảm từ 41,2% vào cuối năm 2021 xuống còn 18,5% vào cuối năm 2025."
    assert sorted_row_keys(text, lex, units, 2023) == [("POVERTY_RATE", "lte", 18.5, None, 2025)]
