"""Target statements real pages write that the rules missed (session 19), in our own words: the
vision year of a plan's name, standings against the whole country, year-bearing result cues on
pages written before the period ended, an aim set after a result in one sentence, "từ X" as a
floor, subjects inside a body's name, plan figures compared with last year's estimate."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, published_year, horizon)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in found]


def test_the_vision_year_of_a_plans_name_is_no_target_year(lex, units):
    one = (
        "Quy hoạch\n\nQuy hoạch tỉnh Bình Thuận thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đặt mục tiêu "
        "đưa tỉnh nằm trong nhóm đầu về chuyển đổi số."
    )
    assert [r[-1] for r in rows(one, lex, units)] == [2030]
    two = (
        "Quy hoạch\n\nTheo quy hoạch thời kỳ 2021-2030, tầm nhìn tới năm 2050, mục tiêu là thu nhập "
        "bình quân đầu người đạt 150 triệu đồng."
    )
    assert [r[-1] for r in rows(two, lex, units)] == [2030]


def test_a_vision_stated_on_its_own_keeps_its_year(lex, units):
    text = "Tầm nhìn\n\nTầm nhìn đến năm 2050, tỉnh phấn đấu thu nhập bình quân đầu người đạt 300 triệu đồng."
    assert [r[-1] for r in rows(text, lex, units, 2024)] == [2050]
