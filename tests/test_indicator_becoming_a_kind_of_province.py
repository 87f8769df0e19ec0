"""Becoming a kind of province by a year ("trở thành tỉnh công nghiệp") is one uncoded
``achieve`` row (session 33), a vision's becoming too (round 37); what a text only serves
("góp phần xây dựng ... trở thành ...") sets none. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    return cited_row_keys(text, lex, units, published_year, None)


def test_becoming_an_industrial_province_by_a_year_is_an_uncoded_achieve(lex, units):
    text = (
        "Quy hoạch\n\nMục tiêu tổng quát: phát triển nhanh và bền vững. Phấn đấu đến năm 2025, "
        "tỉnh Tây Hòa cơ bản trở thành tỉnh công nghiệp, có kết cấu hạ tầng đồng bộ."
    )
    assert rows(text, lex, units, 2018) == [(None, "achieve", None, None, 2025)]


def test_a_visions_becoming_is_an_uncoded_achieve_of_the_vision_year(lex, units):
    text = (
        "Quy hoạch\n\nĐến năm 2025, kim ngạch xuất khẩu đạt 4 tỷ USD. Tầm nhìn đến năm 2035, "
        "phấn đấu tỉnh Tây Hòa trở thành tỉnh công nghiệp hiện đại."
    )
    assert sorted(r for r in rows(text, lex, units, 2020) if r[1] == "achieve") == [(None, "achieve", None, None, 2035)]


def test_a_becoming_a_text_only_serves_is_no_row(lex, units):
    text = (
        "Nhân lực\n\nTỉnh ban hành kế hoạch thực hiện Đề án đào tạo nghề, góp phần xây dựng tỉnh "
        "Tây Hòa trở thành tỉnh công nghiệp hiện đại vào năm 2030."
    )
    assert rows(text, lex, units, 2024) == []
