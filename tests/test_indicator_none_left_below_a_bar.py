"""An aim that no commune is left below (or above) a bar ("không còn xã nào có dưới 12 tiêu chí")
is an end state: one uncoded achieve row; the bar is no figure of its own (CONVENTIONS: an
indicator's end state; round 31, issue 8). In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, sorted_row_keys


def _keys(rows):
    return [
        (r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"], r["quote"]) for r in rows
    ]


def test_no_commune_above_a_poverty_bar_is_an_achieve_row_not_a_rate(lex, units):
    text = (
        "Chương trình giảm nghèo bền vững của tỉnh Hà Lâm\n\n"
        "Mục tiêu đến năm 2027, tỉnh phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 4%; "
        "không còn xã nào có trên 18% hộ nghèo, riêng các huyện miền núi không còn thôn có trên 25% hộ nghèo."
    )
    assert _keys(cited_indicator_rows(text, lex, units, 2024)) == [
        ("POVERTY_RATE", "lt", 4.0, "percent", 2027, "giảm tỷ lệ hộ nghèo xuống dưới 4%"),
        (None, "achieve", None, None, 2027, "không còn xã nào có trên 18% hộ nghèo"),
        (None, "achieve", None, None, 2027, "không còn thôn có trên 25% hộ nghèo"),
    ]


def test_no_commune_below_a_criteria_bar_is_an_achieve_row(lex, units):
    text = (
        "Kế hoạch xây dựng nông thôn mới năm 2026\n\n"
        "Năm 2026, tỉnh Hà Lâm phấn đấu không còn xã dưới 12 tiêu chí và các xã vùng cao hoàn thành "
        "đường giao thông đến trung tâm xã."
    )
    assert _keys(cited_indicator_rows(text, lex, units, 2026)) == [
        (None, "achieve", None, None, 2026, "không còn xã dưới 12 tiêu chí"),
    ]


def test_a_bar_in_a_result_gives_no_row(lex, units):
    text = (
        "Kết quả xây dựng nông thôn mới năm 2022\n\n"
        "Đến cuối năm 2022, toàn tỉnh Hà Lâm đã không còn xã nào đạt dưới 10 tiêu chí."
    )
    assert cited_indicator_rows(text, lex, units, 2023) == []


def test_an_end_state_ends_at_the_join_beside_a_count(lex, units):
    text = (
        "Năm 2026, phấn đấu có 12 xã đạt chuẩn nông thôn mới, không còn xã dưới 15 tiêu chí và các thôn "
        "hoàn thành đường giao thông."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("", "achieve", None, None, 2026),
        ("NEW_RURAL_COMMUNES", "eq", 12.0, None, 2026),
    ]


def test_no_longer_far_is_no_end_state(lex, units):
    text = "Năm 2026, mục tiêu thu ngân sách 9.000 tỷ đồng không còn xa."
    assert sorted_row_keys(text, lex, units, 2025) == [("BUDGET_REVENUE", "eq", 9000.0, None, 2026)]


def test_no_commune_written_with_have_is_the_same_end_state(lex, units):
    text = (
        "Chương trình nông thôn mới của tỉnh Hà Lâm\n\n"
        "Giai đoạn 2026 - 2030, tỉnh phấn đấu 80% số xã được công nhận đạt chuẩn nông thôn mới, không có "
        "xã đạt dưới 16 tiêu chí."
    )
    assert _keys(cited_indicator_rows(text, lex, units, 2025))[-1] == (
        None,
        "achieve",
        None,
        None,
        2030,
        "không có xã đạt dưới 16 tiêu chí",
    )
