"""A sector named right before a bare growth ("du lịch biển tăng trưởng 12%") is the growth's
subject, also when its words are a scope cue of ``indicator_scoped_phrasings.csv`` ("du lịch"):
the sector's growth, uncoded, never the economy's (``subjects.free_subjects``). Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_sector_that_is_a_scope_cue_still_names_a_bare_growth(lex, units):
    text = "Đến năm 2030, sản lượng lúa đạt 500.000 tấn; du lịch biển tăng trưởng bình quân hằng năm 12%."
    assert ("", "eq", 12.0, None, 2030) in rows(text, lex, units)


def test_the_scope_still_codes_what_it_scopes(lex, units):
    text = "Đến năm 2030, doanh thu du lịch đạt 9.000 tỷ đồng, đóng góp 8% GRDP."
    assert ("TOURISM_SHARE_GRDP", "eq", 8.0, None, 2030) in rows(text, lex, units)
