"""Trees are counted ("cây", with its multiplier words): a planting aim in trees is an uncoded
count row (CONVENTIONS, session 39), not forest area. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def test_trees_to_plant_are_counted(lex, units):
    text = (
        "Kế hoạch trồng cây xanh giai đoạn 2026 - 2030\n\nTheo đó, tỉnh dự kiến trồng khoảng 2 triệu cây xanh "
        "phân tán, bình quân mỗi năm trồng 400.000 cây."
    )
    found = [
        (r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, 2025)
    ]
    assert found == [(None, "approx", 2000000.0, "count", 2030), (None, "eq", 400000.0, "count", 2030)]
