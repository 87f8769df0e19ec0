"""A part after "trong đó" of a total the lexicon does not code, in our own words: the total
counts a subgroup (workers of poor households, products of three stars or more), so a part of it
is narrower still, and a province-wide code whose words match the part's measure is no row
(CONVENTIONS, session 34: a subgroup takes a code only when the code names the subgroup itself)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_certified_share_of_poor_households_trained_workers_is_no_row(lex, units):
    text = (
        "Đến năm 2025, tỉnh phấn đấu tỷ lệ lao động thuộc hộ cận nghèo được đào tạo nghề đạt 55%, "
        "trong đó có bằng cấp chứng chỉ đạt 20%."
    )
    assert rows(text, lex, units) == [("", "eq", 55.0, None, 2025)]


def test_a_star_rated_part_of_an_uncoded_product_total_is_no_row(lex, units):
    text = (
        "Đến năm 2025, phấn đấu có ít nhất 250 sản phẩm được công nhận sản phẩm OCOP từ 3 sao trở lên, "
        "trong đó có ít nhất 5 sản phẩm OCOP đạt 5 sao."
    )
    assert rows(text, lex, units) == [("", "gte", 250.0, None, 2025)]


def test_a_coded_part_of_a_coded_total_stays_a_row(lex, units):
    text = "Năm 2025, phấn đấu thu ngân sách 12.000 tỷ đồng, trong đó thu nội địa 9.000 tỷ đồng."
    assert rows(text, lex, units) == [
        ("BUDGET_REVENUE", "eq", 12000.0, None, 2025),
        ("DOMESTIC_BUDGET_REVENUE", "eq", 9000.0, None, 2025),
    ]


def test_a_share_after_the_parts_of_an_uncoded_count_stays_a_row(lex, units):
    text = (
        "Năm 2026, phấn đấu đào tạo nghề cho 9.000 người, trong đó đào tạo nghề ngắn hạn cho 8.000 người, "
        "nâng tỷ lệ lao động qua đào tạo đạt trên 60%."
    )
    assert rows(text, lex, units) == [("", "eq", 9000.0, None, 2026), ("TRAINED_LABOUR_SHARE", "gt", 60.0, None, 2026)]


def test_a_coded_part_in_a_clause_after_an_uncoded_total_stays_a_row(lex, units):
    text = (
        "Năm 2026, tỉnh phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổ số xã đạt chuẩn lên 120 xã; "
        "trong đó có 18 xã nông thôn mới nâng cao."
    )
    assert ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 18.0, None, 2026) in rows(text, lex, units)


def test_a_coded_figure_after_a_bracketed_breakdown_stays_a_row(lex, units):
    text = (
        "Đến năm 2026, phấn đấu ít nhất 150 sản phẩm đạt từ 3 sao trở lên (trong đó có 4 làng nghề), "
        "phấn đấu 8 sản phẩm OCOP đạt 5 sao."
    )
    assert ("OCOP_PRODUCTS", "eq", 8.0, None, 2026) in rows(text, lex, units)
