"""The new-rural standard written by its short form "NTM", in our own words: every curated
phrasing of "nông thôn mới" reads "NTM" alike (``indicator_name_forms.csv``), so a district tier
("huyện NTM nâng cao", "huyện NTM kiểu mẫu") or a commune tier named with the level twice and no
"chuẩn" ("xã đạt xã NTM nâng cao") takes the tier's code as its long form does."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_district_tiers_written_with_the_short_form_take_their_codes(lex, units):
    text = "Đến năm 2026, tỉnh Hậu Giang phấn đấu có 3 huyện NTM nâng cao và 2 huyện NTM kiểu mẫu."
    assert rows(text, lex, units) == [
        ("ADVANCED_NEW_RURAL_DISTRICTS", "eq", 3.0, None, 2026),
        ("MODEL_NEW_RURAL_DISTRICTS", "eq", 2.0, None, 2026),
    ]


def test_the_short_form_and_the_long_form_read_alike(lex, units):
    long = "Năm 2027, tỉnh phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới và 4 huyện nông thôn mới kiểu mẫu."
    short = "Năm 2027, tỉnh phấn đấu có thêm 6 xã đạt chuẩn NTM và 4 huyện NTM kiểu mẫu."
    assert rows(short, lex, units) == rows(long, lex, units)


def test_a_commune_tier_named_twice_without_the_standard_word(lex, units):
    text = "Năm 2026, tỉnh Bến Tre phấn đấu có 8-12 xã đạt xã NTM nâng cao."
    assert rows(text, lex, units) == [("ADVANCED_NEW_RURAL_COMMUNES", "between", 8.0, 12.0, 2026)]


def test_the_short_form_in_brackets_after_the_long_form_is_dropped(lex, units):
    text = "Năm 2026, tỉnh phấn đấu có 5 huyện nông thôn mới (NTM) nâng cao."
    assert rows(text, lex, units) == [("ADVANCED_NEW_RURAL_DISTRICTS", "eq", 5.0, None, 2026)]
