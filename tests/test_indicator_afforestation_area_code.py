"""The area of new forest planted in a year has its own code (round 34, issue 8): hectares
planted ("trồng mới 5.200 ha rừng tập trung"), not the forest cover rate (`FOREST_COVER`,
percent). Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_hectares_written_inside_the_planting(lex, units):
    assert codes("Năm 2026, toàn tỉnh trồng mới 5.200 ha rừng tập trung.", lex, units) == [
        ("AFFORESTATION_AREA", "eq", 5200.0, "other")
    ]


def test_planting_named_before_its_hectares(lex, units):
    assert codes("Năm 2026, trồng rừng mới từ 2.800 ha trở lên.", lex, units) == [
        ("AFFORESTATION_AREA", "gte", 2800.0, "other")
    ]


def test_planting_beside_the_cover_rate(lex, units):
    found = codes("Năm 2026, trồng mới rừng tập trung khoảng 6.000 ha, tỷ lệ che phủ rừng đạt 58%.", lex, units)
    assert found == [
        ("AFFORESTATION_AREA", "approx", 6000.0, "other"),
        ("FOREST_COVER", "eq", 58.0, "percent"),
    ]


def test_planting_more_forest_is_the_area_planted(lex, units):
    assert codes("Đến năm 2026, tỉnh phấn đấu trồng thêm được 7.500 ha rừng.", lex, units) == [
        ("AFFORESTATION_AREA", "eq", 7500.0, "other")
    ]
