"""A year an aim is said to do better than ("cao hơn ... năm 2026") is the aim's base, never
its target year (our own texts; CONVENTIONS: a base's year is never the target year)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_year_after_a_comparative_is_no_target_year(lex, units):
    text = (
        "Kịch bản tăng trưởng\n\nKịch bản bám sát kế hoạch phát triển kinh tế - xã hội năm 2027; phấn đấu đạt "
        "mức tăng trưởng GRDP 9 - 9,5%, cao hơn và bền vững hơn năm 2026."
    )
    assert cited_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "between", 9.0, 9.5, 2027)]
