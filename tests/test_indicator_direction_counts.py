"""A count right after a direction verb ("chỉ đạo 3 xã", "rà soát 12 xã", "trên địa bàn 03 xã",
"giải quyết đất ở cho 95 hộ") names the units a plan works on: plan structure, no row
(CONVENTIONS, session 41, ruling session 36's plan-structure counts). Texts of our own (other
provinces, other figures); the guards keep an aim's count and an amount of money after the same
words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys

_TITLE = "Kế hoạch xây dựng nông thôn mới huyện Mường Nhé năm 2025\n\n"


def test_a_count_after_a_direction_verb_is_no_row(lex, units):
    text = _TITLE + "Năm 2025, huyện tập trung chỉ đạo 3 xã biên giới phấn đấu hoàn thành các tiêu chí nông thôn mới."
    assert sorted_row_keys(text, lex, units, None) == []


def test_a_count_after_a_review_verb_is_no_row_beside_an_aims_count(lex, units):
    text = _TITLE + (
        "Phấn đấu năm 2025 có thêm 2 xã đạt chuẩn nông thôn mới; khẩn trương rà soát 12 xã đăng ký đạt chuẩn "
        "nông thôn mới để hoàn thiện hồ sơ."
    )
    assert sorted_row_keys(text, lex, units, None) == [("NEW_RURAL_COMMUNES_ADDED", "eq", 2.0, None, 2025)]


def test_a_count_of_the_area_an_aim_covers_is_no_row(lex, units):
    text = _TITLE + "Phấn đấu đến năm 2025 có 27 thôn đạt chuẩn trên địa bàn 03 xã đặc biệt khó khăn."
    assert sorted_row_keys(text, lex, units, None) == [("", "eq", 27.0, None, 2025)]


def test_households_a_land_support_reaches_are_no_row(lex, units):
    text = _TITLE + "Phấn đấu đến năm 2025: giải quyết đất ở cho 95 hộ đồng bào dân tộc thiểu số."
    assert sorted_row_keys(text, lex, units, None) == []


def test_money_after_the_same_words_stays_a_target(lex, units):
    text = _TITLE + "Năm 2025, phấn đấu thu ngân sách nhà nước trên địa bàn 9.000 tỷ đồng."
    assert sorted_row_keys(text, lex, units, None) == [("BUDGET_REVENUE", "eq", 9000.0, None, 2025)]
