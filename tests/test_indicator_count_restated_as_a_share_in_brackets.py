"""A count of communes restated as a share in brackets, or a share restated as a count, in our
own words: "35 xã đạt chuẩn nông thôn mới (tương đương 60% tổng số xã)" states the count and
its share, two rows (CONVENTIONS: a value restated in another unit is two rows), the bracketed
figure taking the phrasing the first one counts, switched by its unit."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_share_restating_a_count_in_brackets_is_its_own_row(lex, units):
    text = (
        "Theo Kế hoạch, tỉnh Bạc Liêu phấn đấu đến cuối năm 2026 có ít nhất 35 xã đạt chuẩn nông thôn mới "
        "(tương đương 60% tổng số xã)."
    )
    assert rows(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "gte", 35.0, None, 2026),
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 60.0, None, 2026),
    ]


def test_equal_or_more_in_the_brackets_is_a_floor(lex, units):
    text = (
        "Theo Kế hoạch, tỉnh Bạc Liêu phấn đấu đến cuối năm 2026 có ít nhất 35 xã đạt chuẩn nông thôn mới "
        "(tương đương hoặc nhiều hơn 60% tổng số xã của tỉnh)."
    )
    assert ("NEW_RURAL_COMMUNES_SHARE", "gte", 60.0, None, 2026) in rows(text, lex, units, 2025)


def test_a_count_restating_a_share_in_brackets_is_its_own_row(lex, units):
    text = "Đến năm 2027, tỉnh Sóc Trăng có 70% số xã đạt chuẩn nông thôn mới (tương đương 62 xã)."
    assert rows(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "eq", 62.0, None, 2027),
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 70.0, None, 2027),
    ]
