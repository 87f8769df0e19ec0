"""The share of OCOP entities that are cooperatives has its own code (round 32, issue 8); the
share of entities of another kind, and of entities with starred products, stay uncoded.
Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu đến năm 2027\n\n" + text, lex, units, 2026)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_cooperatives_share_beside_another_kind_of_entity(lex, units):
    text = "Đến năm 2027, phấn đấu có ít nhất 35% chủ thể OCOP là hợp tác xã, 25% chủ thể là hộ kinh doanh."
    found = codes(text, lex, units)
    assert found[0] == ("OCOP_COOPERATIVE_ENTITIES_SHARE", "gte", 35.0, "percent")
    assert [code for code, *_ in found[1:]] == [None] * (len(found) - 1)


def test_cooperatives_and_cooperative_groups(lex, units):
    text = "Đến năm 2027, có ít nhất 45% chủ thể OCOP là hợp tác xã, tổ hợp tác."
    assert codes(text, lex, units) == [("OCOP_COOPERATIVE_ENTITIES_SHARE", "gte", 45.0, "percent")]


def test_entities_with_starred_products_stay_uncoded(lex, units):
    text = "Đến năm 2027, ít nhất 12% chủ thể OCOP có sản phẩm đạt 4 sao trở lên là hợp tác xã."
    found = codes(text, lex, units)
    assert [code for code, *_ in found] == [None] * len(found)
