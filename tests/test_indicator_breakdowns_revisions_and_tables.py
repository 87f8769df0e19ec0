"""Indicator classes of the session-22 first run (set 24), in our own words: the parts of a total
broken down in the next sentence; and the other classes fixed in that round."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[tuple]:
    return sorted(cited_row_keys(text, lex, units, published_year, horizon, uncoded=""))


def test_a_sentence_opened_by_trong_do_breaks_down_the_total_before_it(lex, units):
    # the parts (by level of government) name no indicator of the lexicon: only the total is a row
    text = (
        "Tỉnh giao dự toán\n\n"
        "Về dự toán, dự kiến thu ngân sách năm 2025 là 9.000 tỷ đồng. Trong đó, cấp tỉnh 6.000 tỷ "
        "đồng; cấp huyện, thị xã 3.000 tỷ đồng."
    )
    assert rows(text, lex, units, published_year=2024) == [("BUDGET_REVENUE", "eq", 9000.0, None, 2025)]
