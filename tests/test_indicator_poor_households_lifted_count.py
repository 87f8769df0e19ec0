"""The number of poor households lifted out of poverty has its own code (round 34, issue 8): a
count of households ("giảm 1.500 hộ nghèo"), not the fall of the rate (`POVERTY_RATE_REDUCTION`,
percentage points) nor the rate reached. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_households_lifted_written_around_their_count(lex, units):
    assert codes("Năm 2026, tỉnh phấn đấu giảm 1.500 hộ nghèo so với đầu năm.", lex, units) == [
        ("POOR_HOUSEHOLDS_REDUCTION", "eq", 1500.0, "count")
    ]


def test_households_lifted_beside_the_rate_fall(lex, units):
    found = codes("Năm 2026, tỷ lệ hộ nghèo giảm 1,2%, tương ứng giảm trên 2.400 hộ nghèo.", lex, units)
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.2, "percentage_point"),
        ("POOR_HOUSEHOLDS_REDUCTION", "gt", 2400.0, "count"),
    ]


def test_rate_reached_after_the_households_stays_the_rate(lex, units):
    assert codes("Đến năm 2026, giảm hộ nghèo xuống dưới 3%.", lex, units) == [("POVERTY_RATE", "lt", 3.0, "percent")]


def test_yearly_percent_after_the_households_is_the_rate_fall(lex, units):
    assert codes("Giai đoạn 2026 - 2030, giảm hộ nghèo bình quân 1,5%/năm.", lex, units) == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.5, "percentage_point")
    ]
