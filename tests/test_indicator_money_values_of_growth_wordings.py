"""A growth wording followed by an amount of money, in our own words: the amount is not a growth
rate, so the row takes the code of the level the amount measures (``unit_switches.csv``): the
economy's size in billions of dong, output per head in millions of dong or in dollars, export
turnover in dollars. A percent after the same wording stays the growth."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_growth_wording_with_an_amount_per_head_is_output_per_head(lex, units):
    text = (
        "Đến năm 2030, tỉnh phấn đấu tốc độ tăng trưởng kinh tế (GRDP) bình quân đầu người đạt từ 150 đến "
        "160 triệu đồng (tương đương 6.000 - 6.400 USD)."
    )
    assert rows(text, lex, units) == [
        ("GRDP_PER_CAPITA", "between", 150.0, 160.0, 2030),
        ("GRDP_PER_CAPITA_USD", "between", 6000.0, 6400.0, 2030),
    ]


def test_growth_wording_with_billions_of_dong_is_the_economys_size(lex, units):
    text = (
        "Mục tiêu đến năm 2030: tổng sản phẩm trong tỉnh (GRDP) đạt trên 250.000 tỷ đồng; tăng trưởng bình quân 8%/năm."
    )
    assert rows(text, lex, units) == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2030),
        ("GRDP_SCALE", "gt", 250000.0, None, 2030),
    ]


def test_export_growth_wording_with_dollars_is_the_turnover(lex, units):
    text = "Phấn đấu đến năm 2027, kim ngạch xuất khẩu tăng bình quân 12%/năm, đến năm 2027 đạt khoảng 900 triệu USD."
    assert rows(text, lex, units) == [
        ("EXPORT_GROWTH", "eq", 12.0, None, 2027),
        ("EXPORT_VALUE", "approx", 900000000.0, None, 2027),
    ]
