"""A plan period named as the base a figure is compared with, in our own words: "tăng ít nhất
25% so với giai đoạn 2016 – 2020" compares with that period, whose end is never the target
year (CONVENTIONS: the base's year is never the target year); the year the sentence aims at
dates the figure and the next item of its list."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_period_after_so_voi_is_no_target_year(lex, units):
    text = "Đến năm 2025, doanh thu du lịch tăng ít nhất 25% so với giai đoạn 2016 – 2020."
    assert [r[-1] for r in rows(text, lex, units, None, 2025)] == [2025]


def test_the_next_item_keeps_the_aim_period(lex, units):
    text = (
        "Trong giai đoạn 2021-2025, doanh thu du lịch tăng ít nhất 25% so với giai đoạn 2016 – 2020; "
        "60% số lao động du lịch được đào tạo nghiệp vụ."
    )
    assert sorted((r[2], r[-1]) for r in rows(text, lex, units, None, 2025)) == [(25.0, 2025), (60.0, 2025)]
