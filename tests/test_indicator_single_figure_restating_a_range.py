"""One figure restating a range in another unit ("8.300 - 8.500 USD (tương đương 200 triệu
đồng)") is that figure, `eq`: it takes the range's comparator only when it is a range itself
(a `between` row with no upper bound would fail the indicators check and set the article aside)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_single_figure_in_brackets_after_a_range_is_eq(lex, units):
    text = "Kế hoạch năm 2027\n\nGRDP bình quân đầu người đạt 7.100 - 7.400 USD (tương đương 180 triệu đồng)."
    assert rows(text, lex, units, published_year=2027) == [
        ("GRDP_PER_CAPITA", "eq", 180.0, None, 2027),
        ("GRDP_PER_CAPITA_USD", "between", 7100.0, 7400.0, 2027),
    ]


def test_single_figure_after_an_approximate_value_keeps_approx(lex, units):
    text = "Kế hoạch năm 2027\n\nGRDP bình quân đầu người đạt khoảng 180 triệu đồng, tương đương 7.200 USD."
    assert rows(text, lex, units, published_year=2027) == [
        ("GRDP_PER_CAPITA", "approx", 180.0, None, 2027),
        ("GRDP_PER_CAPITA_USD", "approx", 7200.0, None, 2027),
    ]
