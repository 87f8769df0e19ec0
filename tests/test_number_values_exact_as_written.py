"""A value is the number as written, scaled by its unit word without a binary rounding artefact:
"8,05 triệu lượt khách" is 8 050 000 visitors, never 8050000.000000001."""

from __future__ import annotations

from pipelines.extract.numbers import UnitTable, parse_number, scaled
from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_scaled_number_is_exact_as_written():
    assert scaled("8,05", 1_000_000.0) == 8_050_000.0
    assert scaled("1,1", 1000.0) == 1100.0
    assert scaled("0,07", 100.0) == 7.0
    assert parse_number("1.573,1") == 1573.1


def test_unit_table_scales_a_decimal_by_a_magnitude_exactly():
    u = UnitTable([("triệu lượt khách", "count", 1_000_000.0), ("nghìn tỷ đồng", "vnd_billion", 1000.0)], ["đến"])
    found = u.find("đón 8,05 triệu lượt khách và thu 4,1 nghìn tỷ đồng", 0, 50)
    assert [(q.low, q.unit) for q in found] == [(8_050_000.0, "count"), (4100.0, "vnd_billion")]


def test_visitors_in_millions_with_two_decimals_is_an_exact_count(lex, units):
    text = "Phấn đấu đến năm 2030, tỉnh đón 8,05 triệu lượt khách du lịch."
    assert [r[2] for r in rows(text, lex, units)] == [8_050_000.0]
