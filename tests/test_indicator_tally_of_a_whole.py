"""A count written as a tally of a whole, "N/M <noun>" ("có 40/52 xã đạt chuẩn"), states N,
the part the statement is about (round 24, issue 8), in our own words: the denominator is the
whole, never a value of its own, and a tally in a report stays no row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_tally_of_communes_in_a_target_is_the_count_of_its_numerator(lex, units):
    text = "Kế hoạch xây dựng nông thôn mới\n\nPhấn đấu đến năm 2027, toàn tỉnh có 40/52 xã đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2024) == [("NEW_RURAL_COMMUNES", "eq", 40.0, None, 2027)]


def test_a_total_raised_to_a_tally_after_an_increment_gives_both_counts(lex, units):
    text = (
        "Kế hoạch xây dựng nông thôn mới\n\n"
        "Phấn đấu đến năm 2026, huyện có thêm 4 xã được công nhận, đưa tổng số xã đạt chuẩn nông thôn mới "
        "lên 19/23 xã."
    )
    assert rows(text, lex, units, 2024) == [
        ("", "eq", 4.0, None, 2026),
        ("NEW_RURAL_COMMUNES", "eq", 19.0, None, 2026),
    ]


def test_two_tallies_in_one_target_give_one_count_each(lex, units):
    text = "Kế hoạch\n\nMục tiêu đến năm 2028 có 75/90 xã đạt chuẩn nông thôn mới và 5/6 huyện đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "eq", 75.0, None, 2028),
        ("NEW_RURAL_DISTRICTS", "eq", 5.0, None, 2028),
    ]


def test_a_tally_in_a_report_of_a_past_year_is_no_row(lex, units):
    text = "Báo cáo kết quả\n\nĐến hết năm 2023, toàn tỉnh đã có 40/52 xã đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2024) == []


def test_a_part_larger_than_its_whole_is_no_tally(lex, units):
    text = "Kế hoạch\n\nPhấn đấu đến năm 2027, toàn tỉnh có 60/52 xã đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2024) == []
