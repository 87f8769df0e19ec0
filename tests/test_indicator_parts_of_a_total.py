"""A part of a total that the lexicon codes as the total itself ("trong đó có ... lượt khách quốc
tế" under the visitors' total) is no row (CONVENTIONS, session 19); a part with a code of its own
stays a row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_part_opening_the_next_sentence_is_no_row(lex, units):
    text = "Năm 2027, thành phố phấn đấu đón 7 triệu lượt khách du lịch. Trong số đó, có 450.000 lượt khách quốc tế."
    assert rows(text, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 7000000.0, None, 2027)]


def test_a_part_with_a_code_of_its_own_stays_a_row(lex, units):
    text = "Năm 2027, tỉnh phấn đấu tổng thu ngân sách nhà nước đạt 12.000 tỷ đồng, trong đó thu nội địa 9.000 tỷ đồng."
    assert rows(text, lex, units, 2026) == [
        ("BUDGET_REVENUE", "eq", 12000.0, None, 2027),
        ("DOMESTIC_BUDGET_REVENUE", "eq", 9000.0, None, 2027),
    ]
