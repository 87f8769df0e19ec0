"""An aim's deadline said with no value of its own scopes the figures set out after it in its
sentence (our own texts): "phấn đấu đến năm 2030, du lịch trở thành ...; tổng thu từ khách du
lịch đạt 12.000 tỷ đồng" dates the revenue 2030, not the year the sentence opened with."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_figures_after_an_aims_deadline_with_no_value_take_that_deadline(lex, units):
    text = (
        "Năm 2026, tỉnh đề ra mục tiêu đón 4 triệu lượt khách; phấn đấu đến năm 2030, du lịch "
        "trở thành ngành kinh tế mũi nhọn; tổng thu từ khách du lịch đạt 12.000 tỷ đồng."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("TOURISM_REVENUE", "eq", 12000.0, None, 2030),
        ("TOURIST_ARRIVALS", "eq", 4000000.0, None, 2026),
    ]
