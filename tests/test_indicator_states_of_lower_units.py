"""A checkable state said of communes or districts ("các xã đã được công nhận đạt chuẩn nông
thôn mới", "9 đơn vị cấp huyện ..., đạt chuẩn nông thôn mới") is no aim of the province's own:
no NEW_RURAL_PROVINCE row (round 28). The province's own state is still one."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_the_state_of_communes_already_recognised_is_no_province_aim(lex, units):
    text = (
        "Kế hoạch nông thôn mới năm 2027\n\n"
        "Năm 2027, tỉnh phấn đấu có 12 xã đạt chuẩn nông thôn mới; giữ vững chất lượng các tiêu chí "
        "ở các xã đã được công nhận đạt chuẩn nông thôn mới trước đây."
    )
    assert rows(text, lex, units, published_year=2026) == [("NEW_RURAL_COMMUNES", "eq", 12.0, None, 2027)]


def test_communes_that_will_basically_meet_the_standard_give_no_province_state(lex, units):
    text = (
        "Mục tiêu xây dựng nông thôn mới\n\n"
        "Tỉnh phấn đấu đến hết năm 2027 có ít nhất 3 xã đạt chuẩn nông thôn mới và 5 xã cơ bản đạt "
        "chuẩn nông thôn mới."
    )
    # the basic standard has no code: an uncoded count; no state of the province
    assert rows(text, lex, units, published_year=2026) == [
        ("", "gte", 5.0, None, 2027),
        ("NEW_RURAL_COMMUNES", "gte", 3.0, None, 2027),
    ]


def test_districts_recognised_after_a_comma_give_no_province_state(lex, units):
    text = (
        "Chỉ tiêu đến năm 2030\n\n"
        "Tỉnh đề ra chỉ tiêu đến năm 2030 là: có 90% số xã đạt chuẩn nông thôn mới và 6 đơn vị cấp "
        "huyện được công nhận hoàn thành nhiệm vụ, đạt chuẩn nông thôn mới."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("", "eq", 6.0, None, 2030),
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 90.0, None, 2030),
    ]


def test_the_province_meeting_the_standard_is_still_its_aim(lex, units):
    text = (
        "Mục tiêu đến năm 2030\n\n"
        "Phấn đấu đến năm 2030, toàn bộ các xã, thị trấn hoàn thành các tiêu chí và tỉnh đạt chuẩn "
        "nông thôn mới."
    )
    assert rows(text, lex, units, published_year=2026) == [("NEW_RURAL_PROVINCE", "achieve", None, None, 2030)]
