"""The share of livestock in agriculture's output has its own code (round 32, issue 8), whether
named as a share ("tỷ trọng chăn nuôi") or as livestock's value taking its part ("giá trị chăn
nuôi chiếm"); livestock's growth stays uncoded. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu đến năm 2028\n\n" + text, lex, units, 2026)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_livestock_share_beside_forest_cover(lex, units):
    text = "Đến năm 2028, tỷ trọng chăn nuôi đạt trên 45% trong cơ cấu ngành nông nghiệp; độ che phủ rừng đạt 52%."
    assert codes(text, lex, units) == [
        ("LIVESTOCK_SHARE_AGRICULTURE", "gt", 45.0, "percent"),
        ("FOREST_COVER", "eq", 52.0, "percent"),
    ]


def test_livestock_value_taking_its_part(lex, units):
    text = "Đến năm 2028, giá trị chăn nuôi chiếm khoảng 38% giá trị sản xuất nông nghiệp."
    assert codes(text, lex, units) == [("LIVESTOCK_SHARE_AGRICULTURE", "approx", 38.0, "percent")]


def test_livestock_growth_stays_uncoded(lex, units):
    found = codes("Đến năm 2028, chăn nuôi tăng trưởng bình quân 6%/năm.", lex, units)
    assert [code for code, *_ in found] == [None] * len(found)
