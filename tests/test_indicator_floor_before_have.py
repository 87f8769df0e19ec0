"""A floor word written before the verb "có" still bounds the figure after it (our own texts):
"ít nhất có 30% số hợp tác xã ..." and "tối thiểu có 2 xã ..." are gte, as "có ít nhất 30%" is
(``comparators.csv``: "ít nhất có", "tối thiểu có")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_at_least_before_have_is_a_floor_on_a_share(lex, units):
    text = "Đến năm 2027, tỉnh phấn đấu ít nhất có 30% số hợp tác xã nông nghiệp ứng dụng công nghệ số."
    assert sorted_row_keys(text, lex, units, 2025) == [("", "gte", 30.0, None, 2027)]


def test_a_minimum_before_have_is_a_floor_on_a_count(lex, units):
    text = "Năm 2026, mỗi huyện tối thiểu có 2 xã đạt chuẩn nông thôn mới kiểu mẫu."
    assert sorted_row_keys(text, lex, units, 2025) == [("MODEL_NEW_RURAL_COMMUNES", "gte", 2.0, None, 2026)]


def test_have_written_twice_around_the_floor_word_keeps_the_floor(lex, units):
    text = "Đến năm 2030, thành phố có tối thiểu có 3 doanh nghiệp công nghệ số quy mô lớn."
    assert sorted_row_keys(text, lex, units, 2025) == [("", "gte", 3.0, None, 2030)]


def test_have_with_no_floor_word_stays_exact(lex, units):
    text = "Năm 2026, mỗi huyện có 2 xã đạt chuẩn nông thôn mới kiểu mẫu."
    assert sorted_row_keys(text, lex, units, 2025) == [("MODEL_NEW_RURAL_COMMUNES", "eq", 2.0, None, 2026)]
