"""Targets set for a part of a year, on texts of our own (CONVENTIONS, ruled in session 24): a
quarter's or half-year's target is uncoded and its label names the part; the whole year said
after it takes the indicator back."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    return [
        (r["indicator_code"], r["label_vi"], r["value_low"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, 2025)
    ]


def test_a_quarters_target_is_uncoded_and_its_label_names_the_quarter(lex, units):
    found = rows(
        "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP đạt 8%; riêng quý IV phấn đấu tăng trưởng GRDP 10%.", lex, units
    )
    assert found == [
        ("GRDP_GROWTH", "tăng trưởng GRDP", 8.0, 2025),
        (None, "quý IV: tăng trưởng GRDP", 10.0, 2025),
    ]


def test_a_half_years_target_is_uncoded(lex, units):
    found = rows("Năm 2025, trong 6 tháng cuối năm, tăng trưởng GRDP phải đạt 9,2%.", lex, units)
    assert found == [(None, "6 tháng cuối năm: tăng trưởng GRDP", 9.2, 2025)]


def test_the_whole_year_after_a_quarter_takes_the_indicator(lex, units):
    found = rows("Phấn đấu năm 2025 tăng trưởng GRDP quý III đạt 8,5%, cả năm đạt 8%.", lex, units)
    assert found == [
        (None, "quý III: tăng trưởng GRDP", 8.5, 2025),
        ("GRDP_GROWTH", "tăng trưởng GRDP", 8.0, 2025),
    ]


def test_a_year_named_after_the_quarter_gives_the_statement_back_to_that_year(lex, units):
    found = rows("Sau khi quý I/2025 tăng 6%, tỉnh phấn đấu tăng trưởng GRDP năm 2025 đạt 8%.", lex, units)
    assert found == [("GRDP_GROWTH", "tăng trưởng GRDP", 8.0, 2025)]
