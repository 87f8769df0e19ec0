"""Common short forms and wordings of curated measures (round 54): "CN - XD" for industry and
construction, "SXCN" for industrial production, households that "được dùng điện", a commune's or
ward's "tổng giá trị sản phẩm" with a rate. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_industry_and_construction_share_written_short(lex, units):
    text = "Đến năm 2030, phấn đấu tỷ trọng CN - XD trong cơ cấu kinh tế đạt 45%."
    assert rows(text, lex, units) == [("SHARE_INDUSTRY_CONSTRUCTION", "eq", 45.0, None, 2030)]


def test_industrial_production_value_written_short(lex, units):
    text = "Đến năm 2030, giá trị SXCN đạt khoảng 30.000 tỷ đồng."
    assert rows(text, lex, units) == [("INDUSTRIAL_PRODUCTION_VALUE", "approx", 30000.0, None, 2030)]


def test_households_allowed_to_use_electricity(lex, units):
    text = "Phấn đấu đến năm 2030, tỷ lệ hộ được dùng điện đạt 99%."
    assert rows(text, lex, units) == [("ELECTRICITY_ACCESS", "eq", 99.0, None, 2030)]


def test_total_product_value_of_a_ward_with_a_rate(lex, units):
    text = "Nhiệm kỳ 2025 - 2030, phường phấn đấu tăng thu ngân sách bình quân 9%/năm; tổng giá trị sản phẩm bình quân hằng năm từ 8 - 9%."
    got = rows(text, lex, units)
    assert ("GRDP_GROWTH", "between", 8.0, 9.0, 2030) in got


def test_reduction_of_the_poverty_rate_among_ethnic_minorities_with_trong(lex, units):
    text = "Phấn đấu năm 2026, mức giảm tỷ lệ hộ nghèo chung là 1,5%, mức giảm tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số là 3,5%."
    got = rows(text, lex, units)
    assert ("ETHNIC_MINORITY_POVERTY_REDUCTION", "eq", 3.5, None, 2026) in got


def test_households_using_hygienic_domestic_water_counted_after_the_figure(lex, units):
    text = "Phấn đấu đến năm 2030, 70% số thôn có nhà văn hóa đạt chuẩn nông thôn mới, 95% hộ gia đình được sử dụng nước sinh hoạt hợp vệ sinh."
    assert ("RURAL_CLEAN_WATER", "eq", 95.0, None, 2030) in rows(text, lex, units)
