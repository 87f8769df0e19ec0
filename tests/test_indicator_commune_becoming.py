"""A commune's or ward's aim to become a kind of commune by a year is one uncoded ``achieve`` row,
as a province's becoming is (CONVENTIONS, session 40): "trở thành xã phát triển khá", a commune
becoming a ward, and the same aim written with "là" when no comma follows the aim's year.
Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = 2025) -> list[tuple]:
    return cited_row_keys(text, lex, units, published_year, None)


def test_a_commune_becoming_a_developed_commune_by_a_year_is_an_uncoded_achieve(lex, units):
    text = (
        "Đại hội Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
        "Đại hội đề ra mục tiêu: Tân Hòa phấn đấu tới năm 2030 trở thành xã phát triển toàn diện của huyện."
    )
    assert rows(text, lex, units) == [(None, "achieve", None, None, 2030)]


def test_a_commune_becoming_a_ward_by_a_year_is_an_uncoded_achieve(lex, units):
    text = (
        "Đại hội Đảng bộ xã Phú Lâm nhiệm kỳ 2025 - 2030\n\n"
        "Mục tiêu tổng quát là phát triển kinh tế nhanh, bền vững, hướng tới xây dựng xã Phú Lâm "
        "trở thành phường trước năm 2030, theo kịp tốc độ đô thị hóa."
    )
    assert rows(text, lex, units) == [(None, "achieve", None, None, 2030)]


def test_an_aim_written_with_is_and_no_comma_after_its_year_is_the_becoming(lex, units):
    text = (
        "Đại hội Đảng bộ xã Mỹ An nhiệm kỳ 2025 - 2030\n\n"
        'Nhằm đạt mục tiêu "Phấn đấu đến năm 2030 xã Mỹ An là xã phát triển thương mại, dịch vụ '
        'gắn với du lịch sinh thái", xã cần huy động mọi nguồn lực.'
    )
    assert rows(text, lex, units) == [(None, "achieve", None, None, 2030)]


def test_a_commune_that_is_a_kind_of_commune_now_is_no_row(lex, units):
    text = "Xã Mỹ An\n\nNăm 2024, xã Mỹ An là xã có diện tích lúa lớn nhất huyện."
    assert rows(text, lex, units) == []
