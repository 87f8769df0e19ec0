"""Targets a province assigns to each of its districts in a list ("giao chỉ tiêu ... cho các
huyện. Cụ thể, huyện A giảm 3 - 3,5% (tương ứng 400 - 460 hộ); B ...") are the districts' own
targets: one uncoded row per district, the rate's reduction in percentage points, and one per
bracketed count restating it (CONVENTIONS, session 37). A district may share a province's
name. Sentences invented."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def _keys(text, lex, units, year):
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, year)
    )


def test_an_assigned_list_with_brackets_gives_points_and_counts(lex, units):
    text = (
        "Năm 2027, các địa phương cố gắng giảm từ 2.100 đến 2.500 hộ nghèo\n\n"
        "UBND tỉnh vừa giao chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2027 cho các huyện, thị xã, thành phố.\n\n"
        "Cụ thể, huyện Sơn Hà giảm từ 4,1-4,6% (tương ứng từ 520-600 hộ); Nghệ An 1,2-1,5% (300- 380 hộ); "
        "thị xã Tân Lộc 1,0-1,3% (210-260 hộ) và TP. Đông Hà 0,2-0,3% (40- 60 hộ)."
    )
    keys = _keys(text, lex, units, 2027)
    assert ("POOR_HOUSEHOLDS_REDUCED", "between", 2100.0, 2500.0, "count", 2027) in keys
    uncoded = [k for k in keys if not k[0]]
    assert uncoded == sorted(
        [
            ("", "between", 4.1, 4.6, "percentage_point", 2027),
            ("", "between", 520.0, 600.0, "count", 2027),
            ("", "between", 1.2, 1.5, "percentage_point", 2027),  # a district named like a province
            ("", "between", 300.0, 380.0, "count", 2027),
            ("", "between", 1.0, 1.3, "percentage_point", 2027),
            ("", "between", 210.0, 260.0, "count", 2027),
            ("", "between", 0.2, 0.3, "percentage_point", 2027),
            ("", "between", 40.0, 60.0, "count", 2027),
        ]
    )


def test_an_assigned_list_without_brackets_after_a_colon(lex, units):
    text = (
        "Ủy ban nhân dân tỉnh phân bổ chỉ tiêu giảm tỷ lệ hộ cận nghèo năm 2026 cho các quận, huyện như sau: "
        "quận Hòa Lạc giảm 0,5%; huyện Yên Thành giảm 2%; huyện Bắc Sơn giảm trên 3%."
    )
    rows = cited_indicator_rows(text, lex, units, 2026)
    keys = sorted((r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"]) for r in rows)
    assert keys == [
        ("eq", 0.5, None, "percentage_point", 2026),
        ("eq", 2.0, None, "percentage_point", 2026),
        ("gt", 3.0, None, "percentage_point", 2026),
    ]
    assert {r["label_vi"] for r in rows} == {
        "mức giảm tỷ lệ hộ cận nghèo quận Hòa Lạc",
        "mức giảm tỷ lệ hộ cận nghèo huyện Yên Thành",
        "mức giảm tỷ lệ hộ cận nghèo huyện Bắc Sơn",
    }


def test_a_breakdown_of_a_total_without_an_assignment_stays_no_row(lex, units):
    text = (
        "Năm 2026, tỉnh phấn đấu giảm tỷ lệ hộ nghèo 1,5%, chia theo các huyện như sau: "
        "huyện Hòa Lạc giảm 2%; huyện Yên Thành giảm 1%."
    )
    assert _keys(text, lex, units, 2026) == [("POVERTY_RATE_REDUCTION", "eq", 1.5, None, "percentage_point", 2026)]
