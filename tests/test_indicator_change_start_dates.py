"""The date of the level a change starts from ("từ 55% năm 2020 lên 70% năm 2025", "giảm từ 40%
cuối 2022 xuống còn 18% cuối 2026", "từ 12% (năm 2020) xuống dưới 5%") is a baseline: it is
never the target's year nor the year of the aims after it, and the level left behind is no
floor (CONVENTIONS, session 42). Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_the_start_years_level_is_a_baseline_the_aim_is_of_the_later_year(lex, units):
    text = "Mục tiêu cụ thể\n\n- Nâng tỷ lệ lao động qua đào tạo từ 55% năm 2020 lên 70% năm 2025."
    assert sorted_row_keys(text, lex, units, None) == [("TRAINED_LABOUR_SHARE", "eq", 70.0, None, 2025)]


def test_a_start_dated_by_a_years_end_dates_neither_the_aim_nor_the_aims_after_it(lex, units):
    text = (
        "Kế hoạch thoát nghèo của huyện\n\nHuyện phấn đấu đến cuối năm 2026, tỷ lệ hộ nghèo đa chiều giảm từ "
        "40,5% cuối 2022 xuống còn 18,2% cuối 2026; thu nhập bình quân đầu người đạt 45 triệu đồng/năm."
    )
    assert sorted_row_keys(text, lex, units, 2023) == [
        ("INCOME_PER_CAPITA", "eq", 45.0, None, 2026),
        ("POVERTY_RATE", "lte", 18.2, None, 2026),
    ]


def test_a_start_dated_in_brackets_is_a_baseline(lex, units):
    text = "Mục tiêu cụ thể\n\n- Giảm tỷ lệ hộ nghèo từ 12% (năm 2020) xuống dưới 5% vào năm 2025."
    assert sorted_row_keys(text, lex, units, None) == [("POVERTY_RATE", "lt", 5.0, None, 2025)]
