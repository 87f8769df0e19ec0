"""Targets in forms met on real pages, in our own words: an aim written "hướng đến" (as
"hướng tới" is); sector shares under the longer scope "cơ cấu các ngành kinh tế" and the
agricultural sector shortened to "nông lâm thủy" under "cơ cấu kinh tế"; the standing of a
centrally governed city in other wordings ("tiêu chí của một ...", "tiêu chuẩn thành phố ...",
"sẽ là thành phố ...")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_an_aim_written_heading_towards_is_a_target(lex, units):
    # the page's own year: without the aim's verb the figure would read as the year's result
    text = "Năm 2026, huyện hướng đến tỷ lệ che phủ rừng đạt 48%."
    assert rows(text, lex, units, published_year=2026) == [
        ("FOREST_COVER", "eq", 48.0, None, 2026),
    ]


def test_sector_shares_under_the_structure_of_economic_sectors_are_shares(lex, units):
    # the sectors are set off by ';' after the longer scope wording, each named as a "khu vực"
    text = (
        "Năm 2027, tỉnh phấn đấu cơ cấu các ngành kinh tế chuyển dịch theo hướng hiện đại, trong đó "
        "khu vực công nghiệp - xây dựng khoảng 51,3%; khu vực dịch vụ đạt 36,2%; nông, lâm, thủy sản "
        "đạt 8,1%; thuế sản phẩm trừ trợ cấp đạt 4,4%."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("SHARE_AGRICULTURE", "eq", 8.1, None, 2027),
        ("SHARE_INDUSTRY_CONSTRUCTION", "approx", 51.3, None, 2027),
        ("SHARE_PRODUCT_TAXES", "eq", 4.4, None, 2027),
        ("SHARE_SERVICES", "eq", 36.2, None, 2027),
    ]


def test_the_agricultural_sector_shortened_without_its_last_word_is_a_share_under_the_structure_scope(lex, units):
    text = (
        "Phấn đấu đến năm 2028, về cơ cấu kinh tế, ngành nông lâm thủy chiếm 22 - 23%, ngành công nghiệp "
        "xây dựng chiếm 31 - 32%, ngành dịch vụ chiếm 45 - 46%."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("SHARE_AGRICULTURE", "between", 22.0, 23.0, 2028),
        ("SHARE_INDUSTRY_CONSTRUCTION", "between", 31.0, 32.0, 2028),
        ("SHARE_SERVICES", "between", 45.0, 46.0, 2028),
    ]


def test_the_standing_of_a_centrally_governed_city_in_other_wordings_is_a_checkable_target(lex, units):
    # the criteria or standards of the level (written without "của"), and the city the province "sẽ là"
    text = (
        "Đến năm 2035, tỉnh cơ bản đạt tiêu chí của một thành phố trực thuộc Trung ương. "
        "Đến năm 2040, tỉnh đạt tiêu chuẩn thành phố trực thuộc Trung ương. "
        "Tầm nhìn đến năm 2050, tỉnh sẽ là thành phố trực thuộc Trung ương văn minh, hiện đại."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("CENTRAL_CITY_STATUS", "achieve", None, None, 2035),
        ("CENTRAL_CITY_STATUS", "achieve", None, None, 2040),
        ("CENTRAL_CITY_STATUS", "achieve", None, None, 2050),
    ]
