"""A yearly list on an undated page, in our own words: every year the list names gives a row,
the years before the plan's last one included (CONVENTIONS, Indicators, session 36: "on an
undated text, a yearly list ... gives a row for every year it lists")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows

_LIST = (
    "Giao chỉ tiêu chuyển đổi số cấp xã trên địa bàn tỉnh Nghệ An giai đoạn 2023-2026.\n\n"
    "Số xã, phường hoàn thành chuyển đổi số theo từng năm, cụ thể như sau:\n\n"
    "- Năm 2023: 50 xã, phường.\n\n"
    "- Năm 2024: 70 xã, phường.\n\n"
    "- Năm 2025: 80 xã, phường.\n\n"
    "- Năm 2026: 60 xã, phường.\n"
)


def test_every_year_of_a_yearly_list_is_a_row_on_an_undated_page(lex, units):
    assert [(v, y) for *_, v, _, y in rows(_LIST, lex, units, None, 2026)] == [
        (50.0, 2023),
        (60.0, 2026),
        (70.0, 2024),
        (80.0, 2025),
    ]


def test_a_dated_page_keeps_only_the_years_from_its_own(lex, units):
    assert [(v, y) for *_, v, _, y in rows(_LIST, lex, units, 2026, 2026)] == [(60.0, 2026)]
