"""A purpose clause that names the aim ("mục tiêu") with its year is a row whatever its lead word
("để đạt", "nhằm đạt", "với mục tiêu"): GRDP growth gte 10 for "hai con số" (our own texts;
CONVENTIONS, session 33). Without a year after the value in its comma segment, or without
"mục tiêu", it sets none, as before; a figure stated for the same growth and year is the row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_purpose_clause_led_by_nham_dat_with_its_year_is_a_row(lex, units):
    text = "Tỉnh huy động mọi nguồn lực xã hội nhằm đạt mục tiêu tăng trưởng hai con số trong năm 2027."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]


def test_a_purpose_clause_led_by_de_dat_with_its_year_is_a_row(lex, units):
    text = "Ngành công thương đẩy mạnh cải cách thủ tục để đạt mục tiêu tăng trưởng 2 con số năm 2027."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2027)]


def test_a_purpose_clause_with_no_year_sets_no_row(lex, units):
    text = "Tỉnh huy động mọi nguồn lực xã hội nhằm đạt mục tiêu tăng trưởng hai con số trong thời gian tới."
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_a_year_in_the_next_comma_segment_does_not_date_the_purpose(lex, units):
    text = "Để thực hiện mục tiêu tăng trưởng 2 con số, ngay từ tháng đầu năm 2027 tỉnh đã ra quân."
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_a_purpose_clause_without_the_aim_named_sets_no_row(lex, units):
    text = "Các ngành chủ động hành động quyết liệt để tăng trưởng năm 2027 đạt hai con số."
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_a_figure_stated_for_the_same_year_is_the_only_row(lex, units):
    text = (
        "Năm 2027, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 10,5%. Tỉnh huy động mọi nguồn lực xã hội "
        "nhằm đạt mục tiêu tăng trưởng hai con số trong năm 2027."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 10.5, None, 2027)]
