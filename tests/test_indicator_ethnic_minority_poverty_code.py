"""The fall of the poverty rate among ethnic-minority households has its own code (round 30,
issue 8): it is a part of the population, not the province's overall rate that
`POVERTY_RATE_REDUCTION` holds. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_ethnic_minority_poverty_fall_beside_the_overall_fall(lex, units):
    found = codes("Tỷ lệ hộ nghèo giảm 1,5%/năm; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 4%/năm.", lex, units)
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.5, "percentage_point"),
        ("ETHNIC_MINORITY_POVERTY_REDUCTION", "eq", 4.0, "percentage_point"),
    ]


def test_ethnic_minority_poverty_fall_written_with_among(lex, units):
    assert codes("Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm từ 2-3%/năm.", lex, units) == [
        ("ETHNIC_MINORITY_POVERTY_REDUCTION", "between", 2.0, "percentage_point")
    ]


def test_reducing_the_ethnic_minority_poverty_rate_said_verb_first(lex, units):
    assert codes("Huyện phấn đấu giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số từ 2-3%/năm.", lex, units) == [
        ("ETHNIC_MINORITY_POVERTY_REDUCTION", "between", 2.0, "percentage_point")
    ]


def test_ethnic_minority_group_named_after_the_overall_poverty_fall(lex, units):
    """The group named alone after the province's poverty rate in its sentence ("..., đồng bào
    dân tộc giảm N%/năm") is the group's poverty fall (CONVENTIONS, session 41)."""
    found = codes("Tỷ lệ hộ nghèo giảm 1,5%/năm, đồng bào dân tộc giảm 2,5%/năm; tỷ lệ che phủ rừng 45%.", lex, units)
    assert ("ETHNIC_MINORITY_POVERTY_REDUCTION", "eq", 2.5, "percentage_point") in found
    assert ("POVERTY_RATE_REDUCTION", "eq", 1.5, "percentage_point") in found


def test_ethnic_minority_area_cutting_its_poverty_by_points_or_more(lex, units):
    found = codes(
        "Tỉnh phấn đấu giảm tỷ lệ hộ nghèo toàn tỉnh xuống dưới 1,5% và vùng dân tộc thiểu số giảm 2% trở lên.",
        lex,
        units,
    )
    assert ("ETHNIC_MINORITY_POVERTY_REDUCTION", "gte", 2.0, "percentage_point") in found


def test_ethnic_minority_group_without_the_poverty_scope_takes_no_code(lex, units):
    found = codes(
        "Tỷ lệ lao động qua đào tạo đạt 70%, đồng bào dân tộc thiểu số giảm 2% số hộ thiếu nước sạch.", lex, units
    )
    assert all(code != "ETHNIC_MINORITY_POVERTY_REDUCTION" for code, *_ in found)
