"""Wordings of coded measures the phrasings lacked: the ethnic-minority poverty rate abbreviated
"DTTS", the district level recognised at a tier ("đơn vị cấp huyện được công nhận đạt chuẩn nông
thôn mới kiểu mẫu"), the district level listed "huyện, thành phố, thị xã", and the farm output said
as "giá trị sản phẩm nông nghiệp". Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def keys(text: str, lex, units, published_year: int) -> list[tuple]:
    return [
        (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, published_year)
    ]


def test_ethnic_minority_poverty_abbreviated(lex, units):
    text = "Đề án giảm nghèo\n\nTỉnh Hòa Bình phấn đấu giảm tỷ lệ hộ nghèo DTTS 1,2%/năm đến năm 2030."
    assert keys(text, lex, units, 2024) == [
        ("ETHNIC_MINORITY_POVERTY_REDUCTION", "eq", 1.2, None, "percentage_point", 2030)
    ]


def test_district_level_recognised_at_a_tier(lex, units):
    text = (
        "Kế hoạch nông thôn mới\n\nĐến năm 2028, tỉnh có 3 đơn vị cấp huyện được công nhận đạt chuẩn "
        "nông thôn mới kiểu mẫu và 5 đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới nâng cao."
    )
    assert keys(text, lex, units, 2024) == [
        ("MODEL_NEW_RURAL_DISTRICTS", "eq", 3.0, None, "count", 2028),
        ("ADVANCED_NEW_RURAL_DISTRICTS", "eq", 5.0, None, "count", 2028),
    ]


def test_district_level_listed_with_cities_before_towns(lex, units):
    text = "Kế hoạch nông thôn mới\n\nĐến năm 2028 phấn đấu có 7/9 huyện, thành phố, thị xã đạt chuẩn nông thôn mới."
    assert keys(text, lex, units, 2024) == [("NEW_RURAL_DISTRICTS", "eq", 7.0, None, "count", 2028)]


def test_farm_output_said_as_product_value(lex, units):
    text = (
        "Kế hoạch nông nghiệp\n\nTỉnh phấn đấu tốc độ tăng giá trị sản phẩm nông nghiệp giai đoạn 2026-2030 từ 3%-4%."
    )
    assert keys(text, lex, units, 2024) == [("AGRI_PRODUCTION_VALUE_GROWTH", "between", 3.0, 4.0, "percent", 2030)]
