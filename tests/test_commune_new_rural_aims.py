"""A commune's or ward's own aim to reach the new-rural standard, on its own page (CONVENTIONS,
session 36: an uncoded achieve row). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys

_HEAD = "Đảng bộ xã Phú Lâm tổ chức Đại hội lần thứ XIV, nhiệm kỳ 2020 - 2025\n\n"


def test_a_communes_aim_to_reach_the_advanced_standard_is_an_uncoded_achieve_row(lex, units):
    text = (
        _HEAD
        + "Đại hội đề ra chỉ tiêu: thu nhập bình quân đầu người đạt 95 triệu đồng và đạt chuẩn nông thôn mới nâng cao vào năm 2023."
    )
    rows = cited_indicator_rows(text, lex, units, 2020)
    achieve = [r for r in rows if r["comparator"] == "achieve"]
    assert [(r["indicator_code"], r["label_vi"], r["target_year"]) for r in achieve] == [
        (None, "xã đạt chuẩn nông thôn mới nâng cao", 2023)
    ]


def test_a_communes_aim_named_after_its_own_noun_is_its_own(lex, units):
    text = _HEAD + "Xã phấn đấu hoàn thành các tiêu chí xã nông thôn mới kiểu mẫu vào năm 2024."
    assert cited_row_keys(text, lex, units, 2020) == [(None, "achieve", None, None, 2024)]


def test_a_kept_standard_and_a_provinces_page_give_no_commune_row(lex, units):
    kept = _HEAD + "Đến năm 2025, thu nhập đạt 80 triệu đồng, giữ vững xã đạt chuẩn nông thôn mới."
    assert all(r[1] != "achieve" for r in cited_row_keys(kept, lex, units, 2020))
    province = "UBND tỉnh ban hành Kế hoạch\n\nPhấn đấu đến năm 2025 đạt chuẩn nông thôn mới nâng cao."
    assert all(
        r["label_vi"] != "xã đạt chuẩn nông thôn mới nâng cao" for r in cited_indicator_rows(province, lex, units, 2021)
    )


def test_a_communes_aim_to_cross_the_new_rural_finish_line_is_its_achieve_row(lex, units):
    text = _HEAD + "Đến nay xã đã đạt 15/19 tiêu chí và phấn đấu về đích nông thôn mới năm 2022."
    assert cited_row_keys(text, lex, units, 2021) == [(None, "achieve", None, None, 2022)]


def test_a_communes_own_end_of_poverty_named_after_its_noun_is_its_poverty_rate(lex, units):
    # "xã không còn hộ nghèo" on the commune's page: the commune itself, no lower unit (session 36)
    text = _HEAD + "Đại hội đề ra chỉ tiêu: đến năm 2025 thu nhập đạt 80 triệu đồng; xã không còn hộ nghèo."
    assert ("POVERTY_RATE", "achieve", None, None, 2025) in cited_row_keys(text, lex, units, 2020)
    province = "UBND tỉnh ban hành Kế hoạch\n\nĐến năm 2025, các xã không còn hộ nghèo."
    assert all(k[1] != "achieve" for k in cited_row_keys(province, lex, units, 2021))
