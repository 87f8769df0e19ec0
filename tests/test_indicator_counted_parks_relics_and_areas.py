"""Things a target counts that no other unit names -- industrial parks and clusters, relics,
tourist areas, residential areas -- are counts (unit ``count``, uncoded), as communes,
schools and products are (CONVENTIONS: counts are count). Round 34, issue 8. In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def _keys(text, lex, units, published, horizon=None):
    rows = cited_indicator_rows(text, lex, units, published, horizon)
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in rows
    )


def test_industrial_parks_and_clusters_added_by_a_plan_are_counts(lex, units):
    # the zones a master plan draws are its layout, no rows (CONVENTIONS, sessions 35 and 36);
    # an aim to set up clusters is a count
    text = (
        "Theo quy hoạch đến năm 2030, tỉnh Đông Hà sẽ có thêm 9 khu công nghiệp, nâng tổng số lên 21 khu "
        "công nghiệp.\n\n"
        "Năm 2027, tỉnh phấn đấu thành lập ít nhất 6 cụm công nghiệp."
    )
    assert _keys(text, lex, units, 2026) == [("", "gte", 6.0, None, "count", 2027)]


def test_relics_tourist_areas_and_residential_areas_set_as_aims_are_counts(lex, units):
    text = (
        "Mục tiêu đến năm 2028, tu bổ, phục hồi 14 di tích cấp quốc gia; quy hoạch 5 khu du lịch cấp "
        "tỉnh và có ít nhất 900 khu dân cư đạt chuẩn văn hóa."
    )
    assert _keys(text, lex, units, 2025) == [
        ("", "eq", 5.0, None, "count", 2028),
        ("", "eq", 14.0, None, "count", 2028),
        ("", "gte", 900.0, None, "count", 2028),
    ]


def test_a_counted_site_in_a_result_gives_no_row(lex, units):
    text = "Năm 2024, toàn tỉnh đã có 18 khu công nghiệp đi vào hoạt động và 35 di tích được tu bổ."
    assert _keys(text, lex, units, 2025) == []
