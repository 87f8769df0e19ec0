"""The fall of the poverty rate in the poor districts has its own code (round 31, issue 8): a
part of the province, said beside the province's own fall, never `POVERTY_RATE_REDUCTION`; the
other districts ("các huyện không phải là huyện nghèo") are not it. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"]) for r in found]


def test_poor_districts_fall_after_the_province_fall(lex, units):
    found = codes(
        "Tỷ lệ hộ nghèo giảm bình quân 1%/năm, riêng các huyện nghèo giảm bình quân 3,5 - 4%/năm.", lex, units
    )
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.0, None, "percentage_point"),
        ("POOR_DISTRICTS_POVERTY_REDUCTION", "between", 3.5, 4.0, "percentage_point"),
    ]


def test_poverty_rate_of_the_poor_districts_is_no_province_rate(lex, units):
    assert codes("Tỷ lệ hộ nghèo ở các huyện nghèo giảm từ 4,5%/năm trở lên.", lex, units) == [
        ("POOR_DISTRICTS_POVERTY_REDUCTION", "gte", 4.5, None, "percentage_point")
    ]


def test_districts_that_are_poor_beside_the_other_districts(lex, units):
    found = codes("Các huyện là huyện nghèo giảm từ 6%/năm trở lên; toàn tỉnh giảm tỷ lệ hộ nghèo 2%/năm.", lex, units)
    assert found == [
        ("POOR_DISTRICTS_POVERTY_REDUCTION", "gte", 6.0, None, "percentage_point"),
        ("POVERTY_RATE_REDUCTION", "eq", 2.0, None, "percentage_point"),
    ]
