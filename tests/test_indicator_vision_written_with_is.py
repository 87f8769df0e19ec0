"""A vision or aim written with "là" instead of "trở thành" (CONVENTIONS, session 40), in our own
words: one achieve row for the vision's or aim's year, coded as the "trở thành" form would be;
a description of the province's present or a sector's role is no row."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = 2024) -> list[tuple]:
    return cited_row_keys(text, lex, units, published_year)


def test_a_vision_written_with_is_is_one_uncoded_becoming(lex, units):
    text = (
        "Quy hoạch\n\nTầm nhìn đến năm 2050, Hậu Giang là tỉnh nông nghiệp sinh thái, hiện đại; "
        "người dân có cuộc sống ấm no, hạnh phúc."
    )
    assert rows(text, lex, units) == [(None, "achieve", None, None, 2050)]


def test_an_aim_written_with_is_takes_the_aims_year(lex, units):
    text = "Quy hoạch\n\nMục tiêu đến năm 2030, tỉnh Kon Tum là tỉnh du lịch xanh, có bản sắc riêng."
    assert rows(text, lex, units) == [(None, "achieve", None, None, 2030)]


def test_a_vision_written_with_is_is_coded_as_its_becoming(lex, units):
    city = "Quy hoạch\n\nTầm nhìn đến năm 2045, Hải Dương là thành phố trực thuộc Trung ương, có hạ tầng đồng bộ."
    assert rows(city, lex, units) == [("CENTRAL_CITY_STATUS", "achieve", None, None, 2045)]
    region = "Quy hoạch\n\nTầm nhìn đến năm 2050, Nam Định là tỉnh phát triển của vùng Đồng bằng sông Hồng; người dân hạnh phúc."
    assert rows(region, lex, units) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2050)]


def test_the_present_or_a_sectors_role_is_no_becoming(lex, units):
    present = [
        "Quy hoạch\n\nĐiện Biên là tỉnh miền núi biên giới, có nhiều dân tộc cùng sinh sống.",
        "Quy hoạch\n\nNăm 2024, Hà Giang là tỉnh có tỷ lệ hộ nghèo cao.",
        "Quy hoạch\n\nTầm nhìn đến năm 2050, du lịch là ngành kinh tế mũi nhọn của tỉnh.",
        "Quy hoạch\n\nTầm nhìn đến năm 2050, Tây Ninh là trung tâm thương mại của vùng.",
    ]
    for text in present:
        assert rows(text, lex, units) == [], text
