"""Uncoded labels that ended with the change verb written right before the figure (round 53, in
our own words): "X tăng 12%", "X giảm 3%/năm", "X tăng 1,5 lần" name X, as "X tăng bình quân
10%/năm" already does (a comparator word there). The label is the page's words naming what is
counted, not the verb that moves it (CONVENTIONS, session 42: uncoded labels)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_growth_is_named_without_its_verb(lex, units):
    found = labels("Năm 2030, doanh thu dịch vụ lưu trú tăng 12%.", lex, units)
    assert found == [(None, "doanh thu dịch vụ lưu trú", 12.0)]


def test_a_fall_is_named_without_its_verb(lex, units):
    found = labels("Năm 2030, tỷ lệ người nghiện ma túy trong cộng đồng giảm từ 5 - 10%.", lex, units)
    assert found == [(None, "tỷ lệ người nghiện ma túy trong cộng đồng", 5.0)]


def test_a_multiple_is_named_by_what_is_multiplied(lex, units):
    """ "tăng 1,5 lần": the multiple's label names what is multiplied (CONVENTIONS, multiples)."""
    found = labels("Đến năm 2030, thu nhập của ngư dân vùng bãi ngang tăng 1,5 lần.", lex, units)
    assert found == [(None, "thu nhập của ngư dân vùng bãi ngang", 1.5)]


def test_a_rate_noun_keeps_its_verb(lex, units):
    """ "tốc độ tăng 10%": "tốc độ" alone would name nothing; the growth words stay."""
    assert labels("Năm 2030, tốc độ tăng 10%.", lex, units) == [(None, "tốc độ tăng", 10.0)]


def test_a_word_that_only_folds_like_the_verb_stays(lex, units):
    """ "trao tặng" is no "tăng": the label keeps it."""
    found = labels("Năm 2030, nhà đại đoàn kết trao tặng 500 căn.", lex, units)
    assert found == [(None, "nhà đại đoàn kết trao tặng căn", 500.0)]


def test_a_verb_before_a_counted_noun_is_what_is_counted(lex, units):
    """ "giảm 1.800 hộ nghèo": before a counted noun the verb names the count (households taken out
    of poverty), so it stays and the row keeps its code; only a rate's verb leaves the label."""
    found = labels("Năm 2027, các huyện miền núi cố gắng giảm từ 1.800 đến 2.000 hộ nghèo.", lex, units)
    assert [(code, low) for code, _label, low in found] == [("POOR_HOUSEHOLDS_REDUCED", 1800.0)]
