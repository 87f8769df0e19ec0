"""Estimate words joined to an aim (our own texts; CONVENTIONS, session 32): an estimate of
another measure after an aim for a year not yet ended, joined to it by a comma in its sentence
or standing in the sentence after it, states the aim's figures: a target of the aim's year. A
plan word inside a body's name sets no aim, and an aim of a year already ended carries no
estimate."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys

_COMMA = (
    "Năm 2027, ngành du lịch tỉnh đặt mục tiêu phấn đấu thu hút khoảng 6 triệu lượt khách du lịch, "
    "doanh thu du lịch ước đạt 18.500 tỷ đồng."
)


def test_an_estimate_joined_to_an_aim_by_a_comma_is_the_aims_figure(lex, units):
    assert sorted_row_keys(_COMMA, lex, units, 2027) == [
        ("TOURISM_REVENUE", "eq", 18500.0, None, 2027),
        ("TOURIST_ARRIVALS", "approx", 6000000.0, None, 2027),
    ]


def test_an_estimate_joined_to_an_aim_by_a_comma_on_an_undated_page_is_the_aims_figure(lex, units):
    assert sorted_row_keys(_COMMA, lex, units) == [
        ("TOURISM_REVENUE", "eq", 18500.0, None, 2027),
        ("TOURIST_ARRIVALS", "approx", 6000000.0, None, 2027),
    ]


def test_an_estimate_in_the_sentence_after_an_aim_is_the_aims_figure(lex, units):
    text = (
        "Năm 2027, tỉnh đặt mục tiêu đưa du lịch vào nhóm 10 địa phương dẫn đầu cả nước. "
        "Dự kiến lượt khách du lịch đạt khoảng 12 triệu lượt; doanh thu du lịch ước đạt 40.000 tỷ đồng."
    )
    # the aim's standing ("nhóm 10 địa phương dẫn đầu") is its own uncoded rank row
    assert sorted_row_keys(text, lex, units, 2027) == [
        ("", "lte", 10.0, None, 2027),
        ("TOURISM_REVENUE", "eq", 40000.0, None, 2027),
        ("TOURIST_ARRIVALS", "approx", 12000000.0, None, 2027),
    ]


def test_a_plan_word_in_a_bodys_name_sets_no_aim_for_an_estimate(lex, units):
    text = "Theo báo cáo của Sở Kế hoạch và Đầu tư, doanh thu du lịch ước đạt 9.000 tỷ đồng, tăng 12%."
    assert sorted_row_keys(text, lex, units) == []


def test_an_estimate_after_an_aim_of_an_ended_year_is_no_target(lex, units):
    text = "Năm 2025, tỉnh đặt mục tiêu đón 5 triệu lượt khách du lịch, doanh thu du lịch ước đạt 9.000 tỷ đồng."
    assert sorted_row_keys(text, lex, units, 2026) == []
