"""Indicator gaps seen on tuning pages (session 16), written in our own words: descriptive
facts, baseline years in the default plan year, ranks in a group of provinces, a unitless HDI;
and (session 25) a position aimed for in a ranking."""

from __future__ import annotations


from pipelines.extract.article import _plan_year
from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[dict]:
    return cited_indicator_rows(text, lex, units, published_year, horizon)


def test_a_province_area_and_population_are_no_target(lex, units):
    text = (
        "Vùng đất mới\n\n"
        "Sau khi hợp nhất hai tỉnh, tỉnh mới rộng 5.120,4km², với quy mô dân số khoảng 3.250.000 người, "
        "trở thành một địa bàn quan trọng của vùng. Tỉnh có 95km bờ biển mở ra một tầm nhìn mới, "
        "tạo nên một tỉnh ven biển giàu tiềm năng."
    )
    assert rows(text, lex, units) == []


def test_a_natural_area_stated_as_a_fact_is_no_target(lex, units):
    text = "Giới thiệu chung\n\nTỉnh có diện tích tự nhiên 7.210 km², dân số khoảng 2,1 triệu người."
    assert rows(text, lex, units) == []


def test_a_population_target_with_its_year_stays(lex, units):
    text = "Mục tiêu quy hoạch\n\nĐến năm 2030, quy mô dân số của tỉnh khoảng 2,5 triệu người."
    found = rows(text, lex, units, 2024)
    assert [(r["comparator"], r["target_year"]) for r in found] == [("approx", 2030)]


def test_a_baseline_year_is_no_default_plan_year(lex):
    text = (
        "Tin kinh tế\n\nThu ngân sách so với năm 2020 tăng 12%; xuất khẩu so với năm 2020 tăng 9%; "
        "mục tiêu năm 2026 tăng trưởng 8%."
    )
    assert _plan_year(text, [], lex) == 2026


def test_a_group_of_provinces_with_the_highest_figure_is_a_rank(lex, units):
    text = (
        "Mục tiêu nhiệm kỳ\n\n"
        "Phấn đấu đến năm 2030, tỉnh nằm trong nhóm 15 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất."
    )
    found = rows(text, lex, units, 2025)
    assert [(r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found] == [
        ("lte", 15.0, "rank", 2030)
    ]


def test_a_unitless_hdi_target(lex, units):
    text = "Mục tiêu đến năm 2030\n\nĐến năm 2030, chỉ số phát triển con người (HDI) đạt 0,76."
    found = rows(text, lex, units, 2025)
    assert [(r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found] == [
        ("eq", 0.76, "other", 2030)
    ]


def test_a_position_aimed_for_in_a_ranking_is_the_rank(lex, units):
    """'xếp (hạng) thứ N', 'đứng thứ N' in a target clause is the rank aimed for; a session's or a
    congress's ordinal ('kỳ họp thứ 10') is no rank (session 25)."""
    for text in (
        "Phấn đấu năm 2026 chỉ số PCI xếp hạng thứ 10 cả nước.",
        "Năm 2026, tỉnh phấn đấu chỉ số PCI đứng thứ 10.",
    ):
        assert cited_row_keys(text, lex, units, 2025) == [("PCI_RANK", "eq", 10.0, None, 2026)], text
    text = "Tại kỳ họp thứ 10, HĐND tỉnh đề ra mục tiêu năm 2026 tăng trưởng GRDP đạt 8%."
    assert cited_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "eq", 8.0, None, 2026)]
