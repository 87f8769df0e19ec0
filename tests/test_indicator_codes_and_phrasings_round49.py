"""Coded measures the rules left uncoded or coded too widely (round 49), in our own words: a count
of schools at the national standard (a code kept in a second unit, ``unit_switches.csv`` self
rows); the ethnic-minority part of a poverty reduction (its own phrasings)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units) -> list[tuple]:
    return cited_row_keys(text, lex, units, 2025)


def test_a_count_of_schools_at_the_national_standard_keeps_the_schools_code(lex, units):
    wordings = [
        ("Giáo dục\n\nMục tiêu đến năm 2030, số trường học đạt chuẩn quốc gia là 120 trường.", 120.0),
        ("Giáo dục\n\nĐến năm 2030, xã phấn đấu xây dựng 2/3 trường học đạt chuẩn quốc gia.", 2.0),
        ("Giáo dục\n\nChỉ tiêu đến năm 2030: Số trường học đạt chuẩn quốc gia: 05 trường.", 5.0),
    ]
    for text, value in wordings:
        assert rows(text, lex, units) == [("SCHOOLS_NATIONAL_STANDARD", "eq", value, None, 2030)], text


def test_a_share_of_schools_at_the_national_standard_is_unchanged(lex, units):
    text = "Giáo dục\n\nĐến năm 2030, tỷ lệ trường học đạt chuẩn quốc gia đạt 85%."
    assert rows(text, lex, units) == [("SCHOOLS_NATIONAL_STANDARD", "eq", 85.0, None, 2030)]


def test_a_count_kept_for_one_code_is_no_count_for_another(lex, units):
    text = "Kinh tế\n\nĐến năm 2030, tỷ lệ đô thị hóa đạt 45 xã."
    assert all(r[0] != "URBANISATION_RATE" for r in rows(text, lex, units))


def test_the_ethnic_minority_part_of_a_poverty_reduction_keeps_its_own_code(lex, units):
    after_general = "Giảm nghèo\n\nNăm 2026 phấn đấu giảm 1,2% hộ nghèo, trong đó hộ nghèo DTTS giảm 3,5%."
    assert rows(after_general, lex, units) == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.2, None, 2026),
        ("ETHNIC_MINORITY_POVERTY_REDUCTION", "eq", 3.5, None, 2026),
    ]
    set_apart = (
        "Giảm nghèo\n\nĐến năm 2030, tỷ lệ hộ nghèo giảm 1%, riêng hộ nghèo đồng bào dân tộc thiểu số giảm 2,5%."
    )
    assert rows(set_apart, lex, units)[-1] == ("ETHNIC_MINORITY_POVERTY_REDUCTION", "eq", 2.5, None, 2030)
    people = "Giảm nghèo\n\nChỉ tiêu đến năm 2030: Tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 6%."
    assert rows(people, lex, units) == [("ETHNIC_MINORITY_POVERTY_REDUCTION", "gt", 6.0, None, 2030)]
