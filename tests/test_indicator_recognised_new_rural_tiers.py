"""Tiers of the new-rural standard named as recognition or as criteria met ("xã được công nhận
đạt chuẩn NTM nâng cao", "xã được công nhận xã NTM kiểu mẫu", "xã đạt tiêu chí NTM nâng cao",
"đơn vị cấp huyện đạt chuẩn nông thôn mới nâng cao"), in our own words: the tier's code, not the
basic standard's nor an uncoded row (round 40)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def keys(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2027\n\n" + text, lex, units, 2026)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found]


def test_share_of_communes_recognised_at_the_advanced_or_model_tier_keeps_its_tier(lex, units):
    text = (
        "Đến năm 2028, tỉnh phấn đấu có 40% số xã được công nhận đạt chuẩn NTM nâng cao; "
        "15% số xã được công nhận xã NTM kiểu mẫu."
    )
    assert keys(text, lex, units) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 40.0, "percent", 2028),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 15.0, "percent", 2028),
    ]


def test_communes_meeting_the_tiers_criteria_take_the_tiers_code(lex, units):
    text = "Năm 2027 phấn đấu 90% số xã đạt tiêu chí NTM nâng cao; 6 xã cơ bản hoàn thành tiêu chí xã NTM kiểu mẫu."
    assert keys(text, lex, units) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 90.0, "percent", 2027),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 6.0, "count", 2027),
    ]


def test_district_level_units_at_the_advanced_tier_are_advanced_districts(lex, units):
    text = "Đến năm 2028 có ít nhất 2 đơn vị cấp huyện đạt chuẩn nông thôn mới nâng cao."
    assert keys(text, lex, units) == [("ADVANCED_NEW_RURAL_DISTRICTS", "gte", 2.0, "count", 2028)]
