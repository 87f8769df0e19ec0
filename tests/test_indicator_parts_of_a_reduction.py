"""The part of a rate's reduction named after it, on texts of our own (CONVENTIONS, ruled in
session 27: a yearly reduction of any rate, coded or not, is in percentage points): a group's
own reduction stated beside the province's is in points too, uncoded."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    return [
        (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, 2021)
    ]


def test_a_groups_own_reduction_after_the_provinces_is_in_points(lex, units):
    found = rows(
        "Giai đoạn 2021 - 2025, tỷ lệ hộ nghèo giảm bình quân 1,5%/năm, riêng các xã vùng cao giảm"
        " bình quân 2,5 - 3%/năm.",
        lex,
        units,
    )
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, "percentage_point", 2025),
        (None, "between", 2.5, 3.0, "percentage_point", 2025),
    ]


def test_a_reduction_after_a_semicolon_with_a_floor_is_in_points(lex, units):
    found = rows(
        "Đến năm 2025, mỗi năm giảm tỷ lệ hộ nghèo 1,5%; riêng hộ đồng bào ở vùng biên giới giảm từ 3% trở lên.",
        lex,
        units,
    )
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, "percentage_point", 2025),
        (None, "gte", 3.0, None, "percentage_point", 2025),
    ]


def test_a_second_group_sharing_the_reduction_verb_is_in_points(lex, units):
    found = rows(
        "Đến năm 2030, mỗi năm tỉnh phấn đấu giảm 1%-1,5% hộ nghèo đa chiều và 2%-2,5% hộ nghèo ở các xã bãi ngang.",
        lex,
        units,
    )
    assert found == [
        ("POVERTY_RATE_REDUCTION", "between", 1.0, 1.5, "percentage_point", 2030),
        (None, "between", 2.0, 2.5, "percentage_point", 2030),
    ]


def test_a_share_after_a_reduction_stays_a_percent(lex, units):
    found = rows(
        "Đến năm 2025, tỷ lệ hộ nghèo giảm bình quân 1,5%/năm; 95% số trường học có nhà vệ sinh đạt chuẩn.",
        lex,
        units,
    )
    assert found == [
        ("POVERTY_RATE_REDUCTION", "eq", 1.5, None, "percentage_point", 2025),
        (None, "eq", 95.0, None, "percent", 2025),
    ]
