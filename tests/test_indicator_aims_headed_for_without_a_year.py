"""An aim headed for and named ("hướng tới mục tiêu", "hướng đến mục tiêu") with a value in words
sets a target only with a year named with it (our own texts; CONVENTIONS, sessions 30 and 31):
"..., hướng tới mục tiêu tăng trưởng hai con số." at the end of a review sets none, whatever the
page's plan year; with "Năm 2027, ..." before it or "trong năm 2027" after it, it is GRDP growth
gte 10 for that year. A growth an aim is said to fit ("phù hợp với tốc độ tăng trưởng ... hai
con số") sets none either (session 31)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_an_aim_headed_for_with_no_year_sets_no_row(lex, units):
    text = (
        "Quý đầu năm, sản xuất nông nghiệp ổn định, du lịch đông khách, mở ra triển vọng về một năm "
        "phát triển sôi động, hướng tới mục tiêu tăng trưởng hai con số."
    )
    assert sorted_row_keys(text, lex, units, 2027) == []


def test_an_aim_headed_for_in_other_words_with_no_year_sets_no_row(lex, units):
    text = (
        "Hội đồng nhân dân tỉnh đề nghị các ngành tạo nền móng cho năm tới; phấn đấu giữ nhịp "
        "độ phát triển cao, hướng đến mục tiêu tăng trưởng 2 con số theo chủ trương chung."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_an_aim_headed_for_with_its_year_after_it_is_a_row(lex, units):
    text = (
        "Tỉnh tập trung tháo gỡ vướng mắc cho doanh nghiệp, hướng tới mục tiêu tăng trưởng hai con số trong năm 2027."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]


def test_an_aim_headed_for_after_the_year_its_clause_opens_with_is_a_row(lex, units):
    text = "Năm 2027, tỉnh tập trung tháo gỡ vướng mắc cho doanh nghiệp, hướng tới mục tiêu tăng trưởng hai con số."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]


def test_a_growth_an_aim_is_said_to_fit_sets_no_row(lex, units):
    # CONVENTIONS, session 31: "phù hợp với tốc độ tăng trưởng ... ở mức hai con số" is a figure an
    # aim fits, no aim of its own
    text = (
        "Hội nghị thống nhất đề xuất mục tiêu thu nhập bình quân đầu người giai đoạn 2026 - 2030 "
        "phù hợp với tốc độ tăng trưởng kinh tế ở mức hai con số."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_the_aim_stated_before_a_growth_it_fits_keeps_its_row(lex, units):
    text = (
        "Tỉnh đặt mục tiêu thu ngân sách năm 2027 đạt 12.000 tỷ đồng, phù hợp với tốc độ tăng "
        "trưởng kinh tế ở mức hai con số."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("BUDGET_REVENUE", "eq", 12000.0, None, 2027)]


def test_an_aim_stated_before_what_it_fits_keeps_its_value_in_words(lex, units):
    text = "Năm 2027, tỉnh phấn đấu tăng trưởng kinh tế hai con số, phù hợp với định hướng của vùng."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]
