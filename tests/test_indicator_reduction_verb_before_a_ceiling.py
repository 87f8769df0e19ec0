"""A reduction verb before a ceiling with no rate of time states the level reached ("giảm tỷ lệ
hộ nghèo dưới 1,8%": POVERTY_RATE lt 1.8, percent); with a rate of time it stays the reduction in
points (CONVENTIONS, session 39). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def _rate_rows(text: str, lex, units) -> list[tuple]:
    return [
        (r["indicator_code"], r["comparator"], r["value_low"], r["unit"])
        for r in cited_indicator_rows(text, lex, units, 2024)
    ]


def test_a_reduction_verb_before_a_ceiling_states_the_rate_reached(lex, units):
    assert _rate_rows("Đến năm 2027 phấn đấu giảm tỷ lệ hộ nghèo dưới 1,8%.", lex, units) == [
        ("POVERTY_RATE", "lt", 1.8, "percent")
    ]
    assert _rate_rows("Đến năm 2027 tỷ lệ hộ nghèo tiếp tục giảm ở mức dưới 3%.", lex, units) == [
        ("POVERTY_RATE", "lt", 3.0, "percent")
    ]


def test_a_ceiling_with_a_rate_of_time_stays_the_reduction(lex, units):
    for text in (
        "Đến năm 2027 phấn đấu giảm tỷ lệ hộ nghèo dưới 1%/năm.",
        "Đến năm 2027 tỷ lệ hộ nghèo giảm bình quân dưới 1%.",
        "Đến năm 2027 giảm tỷ lệ hộ nghèo mỗi năm dưới 1%.",
    ):
        assert _rate_rows(text, lex, units) == [("POVERTY_RATE_REDUCTION", "lt", 1.0, "percentage_point")], text
