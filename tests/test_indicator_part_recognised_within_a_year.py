"""A part said to be recognised "trong năm Y" after a total ("ít nhất 60 xã đạt chuẩn ...
Trong đó, có ít nhất 9 xã được công nhận trong năm 2026") is that year's own count, an uncoded
row, not a part of the total (CONVENTIONS, session 36)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_part_recognised_within_the_year_is_an_uncoded_row(lex, units):
    text = (
        "Theo Kế hoạch, tỉnh Long Sơn cố gắng đến cuối năm 2026 có ít nhất 60 xã đạt chuẩn nông thôn mới. "
        "Trong đó, có ít nhất 9 xã được công nhận xã đạt chuẩn nông thôn mới trong năm 2026."
    )
    assert rows(text, lex, units, 2026) == [
        ("", "gte", 9.0, None, 2026),
        ("NEW_RURAL_COMMUNES", "gte", 60.0, None, 2026),
    ]


def test_a_part_without_its_year_stays_no_row(lex, units):
    text = "Năm 2027, thành phố phấn đấu đón 7 triệu lượt khách du lịch. Trong số đó, có 450.000 lượt khách quốc tế."
    assert rows(text, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 7000000.0, None, 2027)]
