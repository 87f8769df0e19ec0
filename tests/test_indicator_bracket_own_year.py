"""A bracket after a target that states a year and a figure of its own dates its own figure, not
the target before it (our own texts): "đến năm 2030, ...; kim ngạch xuất khẩu đạt khoảng 3 tỷ USD
(năm 2025 ước đạt 1,9 tỷ USD)" keeps 2030. A bracket that only names a year, or a target whose
sentence names no year before it, is read as before."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_bracketed_year_with_its_own_figure_does_not_date_the_target_before_it(lex, units):
    text = (
        "Theo đó, phấn đấu tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026-2030 là 8%/năm; đến "
        "năm 2030, thu nhập bình quân đầu người đạt 95 triệu đồng; kim ngạch xuất khẩu đạt khoảng 3 "
        "tỷ USD (năm 2025 ước đạt 1,9 tỷ USD)."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("EXPORT_VALUE", "approx", 3000000000.0, None, 2030),
        ("GRDP_GROWTH", "eq", 8.0, None, 2030),
        ("INCOME_PER_CAPITA", "eq", 95.0, None, 2030),
    ]


def test_a_bracket_naming_only_a_year_still_dates_the_figure_before_it(lex, units):
    text = "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 95 triệu đồng; tỷ lệ hộ nghèo dưới 2% (năm 2032)."
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("INCOME_PER_CAPITA", "eq", 95.0, None, 2030),
        ("POVERTY_RATE", "lt", 2.0, None, 2032),
    ]
