"""Uncoded labels that are a bare measure noun (round 52, in our own words): "sản lượng",
"năng suất" whose crop is named just before, in the item before it of the same sentence. The
label is the page's words that name what is counted (CONVENTIONS, session 42), and the crop is
written: the label is the measure noun and the crop ("sản lượng ngô")."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2027\n\n" + text, lex, units, 2026)
    return [(r["label_vi"], r["value_low"]) for r in found]


def test_a_crop_named_before_its_area_names_the_output_after_it(lex, units):
    text = "Năm 2027, tỉnh gieo trồng các cây chủ lực, gồm ngô lai 42.500 ha, phấn đấu đạt sản lượng 260 nghìn tấn."
    assert ("sản lượng ngô lai", 260000.0) in labels(text, lex, units)


def test_a_crop_named_before_a_colon_names_the_output_after_it(lex, units):
    text = "Năm 2027, hồ tiêu: chăm sóc 18.200 ha, hướng tới sản lượng 41.000 tấn."
    assert ("sản lượng hồ tiêu", 41000.0) in labels(text, lex, units)


def test_the_thing_after_an_earlier_measure_noun_names_the_output(lex, units):
    """ "Diện tích canh tác mía ..., sản lượng ...": the area's own measure word and its
    qualifier ("canh tác") are no part of what the output counts."""
    text = "Năm 2027, diện tích canh tác mía toàn tỉnh đạt 12.000 ha, sản lượng khoảng 900 nghìn tấn."
    assert ("sản lượng mía toàn tỉnh", 900000.0) in labels(text, lex, units)


def test_a_bare_measure_noun_with_no_item_before_stays(lex, units):
    text = "Năm 2027, sản lượng đạt 900 nghìn tấn."
    assert all(label != "sản lượng mía" for label, _ in labels(text, lex, units))
