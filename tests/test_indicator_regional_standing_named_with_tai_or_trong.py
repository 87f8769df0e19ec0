"""A standing within the region is REGIONAL_DEVELOPMENT_RANK `achieve` (CONVENTIONS, session
33) when the region follows "tại" or "trong" as well as "của" ("tỉnh khá tại khu vực ...",
"phát triển khá trong khu vực ..."). Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Định hướng phát triển\n\n" + text, lex, units, 2024)
    return [(r["indicator_code"], r["comparator"], r["target_year"]) for r in found]


def test_fairly_developed_province_at_the_region(lex, units):
    text = "Tỉnh quyết tâm đưa địa phương thành tỉnh khá tại khu vực Bắc Trung Bộ vào năm 2030."
    assert rows(text, lex, units) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", 2030)]


def test_economy_developing_fairly_within_the_region(lex, units):
    text = "Mục tiêu đến năm 2030 xây dựng tỉnh trở thành tỉnh có nền kinh tế phát triển khá trong khu vực Tây Nguyên."
    assert rows(text, lex, units) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", 2030)]
