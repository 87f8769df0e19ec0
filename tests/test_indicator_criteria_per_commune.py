"""An average of criteria per commune ("bình quân đạt 16 tiêu chí/xã") is a count, as doctors per
10,000 people are (CONVENTIONS, session 30; round 26, issue 8). In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def test_average_criteria_per_commune_is_an_uncoded_count(lex, units):
    text = (
        "Kế hoạch xây dựng nông thôn mới năm 2024\n\n"
        "Năm 2024, tỉnh Hà Lâm phấn đấu bình quân toàn tỉnh đạt 16,3 tiêu chí/xã trở lên."
    )
    rows = cited_indicator_rows(text, lex, units, 2024)
    assert [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in rows] == [
        (None, "gte", 16.3, "count", 2024)
    ]
