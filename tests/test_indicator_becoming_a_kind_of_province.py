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


def test_becoming_a_developed_province_of_the_country_is_an_uncoded_achieve(lex, units):
    text = (
        "Nghị quyết\n\nMục tiêu tổng quát\nPhấn đấu đưa tỉnh Tây Hòa trở\nthành tỉnh phát triển "
        "của cả nước vào năm 2035. Giữ vững tốc độ tăng trưởng nhanh và bền vững."
    )
    assert rows(text, lex, units, 2024) == [(None, "achieve", None, None, 2035)]


def test_becoming_a_province_described_by_its_adjectives_is_an_uncoded_achieve(lex, units):
    text = "Văn kiện\n\nĐẾN NĂM 2040 TRỞ THÀNH TỈNH GIÀU ĐẸP, VĂN MINH, HIỆN ĐẠI"
    assert rows(text, lex, units, 2025) == [(None, "achieve", None, None, 2040)]


def test_becoming_a_developed_province_of_its_region_is_the_regional_standing(lex, units):
    text = (
        "Đại hội\n\nĐại hội có chủ đề: “Đoàn kết, đổi mới; phấn đấu đến năm 2030, Tây Hòa trở "
        "thành tỉnh phát triển trong vùng Duyên hải Nam Trung Bộ”."
    )
    assert rows(text, lex, units, 2025) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2030)]


def test_becoming_a_province_described_by_its_industry_is_an_uncoded_achieve(lex, units):
    text = (
        "Đại hội Đảng bộ tỉnh\n\nTây Hòa quyết tâm đến năm 2035 trở thành tỉnh có công nghiệp chế biến "
        "hiện đại, nông nghiệp sạch."
    )
    assert rows(text, lex, units, 2025) == [(None, "achieve", None, None, 2035)]
