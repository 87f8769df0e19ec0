"""A clause that opens with "trong đó" after a ';' breaks down the figure of the clause before it
in its sentence, in our own words: a subgroup's figure there that a province-wide code matches is
a part of that code's total, no row (CONVENTIONS, session 34: a subgroup after "trong đó" takes a
code only when the code names the subgroup)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_rural_poverty_rate_after_a_semicolon_and_trong_do_is_no_row(lex, units):
    text = (
        "Tỉnh phấn đấu đến năm 2026, tỷ lệ hộ nghèo giảm còn dưới 1,5%; trong đó, vùng nông thôn có "
        "tỷ lệ hộ nghèo giảm còn dưới 2,5%."
    )
    assert rows(text, lex, units) == [("POVERTY_RATE", "lt", 1.5, None, 2026)]


def test_a_new_clause_without_trong_do_stays_a_row(lex, units):
    text = (
        "Tỉnh phấn đấu đến năm 2026, tỷ lệ hộ nghèo giảm còn dưới 1,5%; tỷ lệ hộ nghèo giảm còn dưới 1% vào năm 2027."
    )
    assert rows(text, lex, units) == [
        ("POVERTY_RATE", "lt", 1.0, None, 2027),
        ("POVERTY_RATE", "lt", 1.5, None, 2026),
    ]
