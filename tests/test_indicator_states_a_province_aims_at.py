"""A checkable state a province aims to reach by a year, with no figure, is one uncoded
``achieve`` row (CONVENTIONS: a checkable state; sessions 29, 33, 36): becoming a province of a
level ("trở thành tỉnh khá"; within a region, the regional standing), having upper-middle income
("trở thành trung tâm ..., có thu nhập trung bình cao"), balancing its own budget ("tự cân đối
được ngân sách"). A state the province has not reached, described ("chưa tự cân đối được ngân
sách"), is none. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    return cited_row_keys(text, lex, units, published_year, None)


def test_becoming_a_fairly_developed_province_before_a_ranked_group_is_an_uncoded_achieve(lex, units):
    text = (
        "Quy hoạch\n\nMục tiêu đến năm 2030 là xây dựng tỉnh Tây Hòa trở thành tỉnh khá, nằm trong "
        "nhóm 25 tỉnh có GRDP cao nhất cả nước."
    )
    assert (None, "achieve", None, None, 2030) in rows(text, lex, units, 2022)


def test_becoming_a_fairly_developed_province_within_a_region_is_the_regional_standing(lex, units):
    text = "Quy hoạch\n\nPhấn đấu đến năm 2030, Tây Hòa trở thành tỉnh khá trong vùng Tây Nguyên."
    assert rows(text, lex, units, 2022) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2030)]


def test_upper_middle_income_by_a_year_is_an_uncoded_achieve(lex, units):
    text = (
        "Đại hội\n\nNghị quyết đặt mục tiêu xây dựng tỉnh Tây Hòa trở thành trung tâm thương mại hiện "
        "đại, có thu nhập trung bình cao trước năm 2035."
    )
    assert rows(text, lex, units, 2025) == [(None, "achieve", None, None, 2035)]


def test_a_budget_balanced_by_the_province_itself_is_an_uncoded_achieve(lex, units):
    text = (
        "Kế hoạch\n\nPhấn đấu đến năm 2030, kinh tế Tây Hòa phát triển bền vững, tự cân đối được "
        "ngân sách và có điều tiết về ngân sách Trung ương."
    )
    assert rows(text, lex, units, 2022) == [(None, "achieve", None, None, 2030)]


def test_a_budget_not_yet_balanced_is_described_no_row(lex, units):
    text = "Kế hoạch\n\nĐến năm 2030, Tây Hòa phấn đấu thu hút đầu tư vì tỉnh vẫn chưa tự cân đối được ngân sách."
    assert [r for r in rows(text, lex, units, 2022) if r[1] == "achieve"] == []
