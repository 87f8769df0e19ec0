"""Forest planted over a period is the period's sum: uncoded, labelled by its period, beside the
coded figure of one year (AFFORESTATION_AREA is a ``flow`` code; CONVENTIONS sessions 43 and 44).
Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_planting_of_a_period_is_an_uncoded_sum_and_a_year_keeps_the_code(lex, units):
    text = (
        "Kế hoạch\n\nTổng diện tích trồng rừng của tỉnh giai đoạn 2026-2030 là 12.000 ha. "
        "Trong đó, năm 2026 sẽ trồng mới 3.000 ha rừng."
    )
    got = rows(text, lex, units, 2025)
    assert ("", "eq", 12000.0, None, 2030) in got
    assert ("AFFORESTATION_AREA", "eq", 3000.0, None, 2026) in got


def test_planting_by_a_year_keeps_the_code(lex, units):
    text = "Kế hoạch\n\nĐến năm 2030, tỉnh phấn đấu trồng mới 5.000 ha rừng tập trung."
    assert rows(text, lex, units, 2025) == [("AFFORESTATION_AREA", "eq", 5000.0, None, 2030)]
