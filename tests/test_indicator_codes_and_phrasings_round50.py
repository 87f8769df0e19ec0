"""Wordings of coded measures the rules left uncoded (round 50), in our own words: communes that
meet the new-rural criteria ("xã đạt tiêu chí nông thôn mới") or the national new-rural standard
("xã đạt chuẩn quốc gia về nông thôn mới"), counted or as a share of all communes."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units) -> list[tuple]:
    return cited_row_keys(text, lex, units, 2025)


def test_communes_meeting_the_new_rural_criteria_are_new_rural_communes(lex, units):
    share = "Nông thôn mới\n\nĐến năm 2030, tỷ lệ các xã đạt tiêu chí nông thôn mới khoảng 85%."
    assert rows(share, lex, units) == [("NEW_RURAL_COMMUNES_SHARE", "approx", 85.0, None, 2030)]
    count = "Nông thôn mới\n\nPhấn đấu đến năm 2027 có 36 xã đạt tiêu chí NTM."
    assert rows(count, lex, units) == [("NEW_RURAL_COMMUNES", "eq", 36.0, None, 2027)]


def test_communes_at_the_national_new_rural_standard_are_new_rural_communes(lex, units):
    text = "Nông nghiệp\n\nĐến năm 2028, toàn tỉnh có 42 xã đạt chuẩn quốc gia về nông thôn mới."
    assert rows(text, lex, units) == [("NEW_RURAL_COMMUNES", "eq", 42.0, None, 2028)]


def test_the_model_tier_of_the_criteria_keeps_its_own_code(lex, units):
    text = "Nông thôn mới\n\nĐến năm 2030, có 6 xã đạt tiêu chí nông thôn mới kiểu mẫu."
    assert rows(text, lex, units) == [("MODEL_NEW_RURAL_COMMUNES", "eq", 6.0, None, 2030)]
