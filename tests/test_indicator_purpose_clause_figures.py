"""A purpose clause that states a figure ("Để thực hiện mục tiêu phấn đấu giải quyết việc làm cho
N lao động, ...") is still a purpose clause: with no year in it, it sets no row, whatever year the
page plans; with the aim's year it is a row (CONVENTIONS, sessions 30, 31, 33 and 43). Texts of our
own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_figure_in_a_purpose_clause_with_no_year_is_no_row(lex, units):
    text = (
        "Để thực hiện mục tiêu phấn đấu giải quyết việc làm cho 18.000 lao động, Ủy ban nhân dân tỉnh yêu "
        "cầu các ngành đẩy mạnh đào tạo nghề gắn với nhu cầu của doanh nghiệp."
    )
    assert sorted_row_keys(text, lex, units, 2024, horizon=2024) == []


def test_a_purpose_led_by_dat_muc_tieu_with_no_year_is_no_row(lex, units):
    text = "Năm 2024, tỉnh tổ chức nhiều sự kiện văn hóa. Để đạt mục tiêu thu hút 3 triệu lượt khách du lịch, tỉnh đẩy mạnh quảng bá."
    assert sorted_row_keys(text, lex, units, 2024) == []


def test_a_figure_in_a_purpose_clause_with_its_year_is_a_row(lex, units):
    text = "Để đạt mục tiêu đến năm 2028 phát triển 20.000 ha chè, huyện tập trung cải tạo vườn chè cũ."
    assert sorted_row_keys(text, lex, units, 2024) == [("", "eq", 20000.0, None, 2028)]


def test_the_same_aim_stated_outright_is_a_row(lex, units):
    text = "Tỉnh phấn đấu giải quyết việc làm cho 18.000 lao động trong năm 2024."
    assert sorted_row_keys(text, lex, units, 2024) == [("NEW_JOBS", "eq", 18000.0, None, 2024)]
