"""An aim headed for and named ("hướng tới mục tiêu", "hướng đến mục tiêu") with a value in words
sets a target only with a year named with it (our own texts; CONVENTIONS, sessions 30 and 31):
"..., hướng tới mục tiêu tăng trưởng hai con số." at the end of a review sets none, whatever the
page's plan year; with "Năm 2027, ..." before it or "trong năm 2027" after it, it is GRDP growth
gte 10 for that year."""

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
