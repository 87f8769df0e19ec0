"""A sentence opening with the statistics its figures come from ("Theo số liệu thống kê, ...",
"Theo số liệu tổng hợp ...": ``statistics_source``) reports counted results, and so do the later
sentences of its paragraph: no rows from the page's frame, and a "dự kiến" there with no later
year estimates (CONVENTIONS, session 42, "Results and estimates"). Texts of our own (other
provinces, other figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_counts_after_a_statistics_source_are_no_rows(lex, units):
    text = (
        "Bình Phước: phấn đấu mở rộng bao phủ bảo hiểm y tế\n\n"
        "Theo số liệu thống kê, toàn tỉnh có hơn 812.000 người tham gia BHYT. Số người tham gia "
        "BHXH tự nguyện đạt gần 21.400 người."
    )
    assert cited_row_keys(text, lex, units) == []


def test_a_forecast_after_a_statistics_source_is_an_estimate(lex, units):
    text = (
        "Định hướng phát triển sau hợp nhất\n\n"
        "Những năm qua, hai tỉnh đã đạt được nhiều kết quả. Theo số liệu tổng hợp của các sở, "
        "ngành, tổng vốn đầu tư toàn xã hội 5 năm dự kiến đạt gần 310 nghìn tỷ đồng."
    )
    assert cited_row_keys(text, lex, units) == []


def test_an_aim_of_its_own_after_a_statistics_source_stays_a_target(lex, units):
    text = (
        "Bảo hiểm xã hội\n\n"
        "Theo thống kê, toàn tỉnh có 41.000 người tham gia BHXH tự nguyện. Năm 2027, tỉnh phấn đấu "
        "có 50.000 người tham gia BHXH tự nguyện."
    )
    # the aim stays a row; the counted figure before it gives none
    assert cited_row_keys(text, lex, units) == [(None, "eq", 50000.0, None, 2027)]
