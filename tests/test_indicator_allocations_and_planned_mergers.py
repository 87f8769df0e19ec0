"""Capital the central budget assigns to a programme is appropriated, no target (CONVENTIONS,
Indicators: session 27, "A capital allocation ... sets no target"); the units a planned merger or
divestment applies to are plan structure (session 36). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_capital_the_central_budget_assigns_to_a_programme_is_no_row(lex, units):
    text = (
        "Kế hoạch xây dựng nông thôn mới năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới. Kế hoạch cũng nêu rõ, nguồn vốn "
        "ngân sách Trung ương giao thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025 "
        "tại Yên Bái là hơn 310 tỷ đồng."
    )
    keys = cited_row_keys(text, lex, units, 2025)
    assert [k[2] for k in keys] == [6.0]


def test_the_companies_a_planned_merger_applies_to_are_no_row(lex, units):
    text = (
        "Kế hoạch sắp xếp doanh nghiệp năm 2026\n\n"
        "Năm 2026, thành phố phấn đấu tăng trưởng kinh tế đạt 10%. Đặc biệt, năm nay thành phố lên kế hoạch "
        "sẽ sắp xếp hợp nhất 2 công ty cấp nước và thoái vốn 4 doanh nghiệp, sáp nhập 3 ban quản lý dự án."
    )
    keys = cited_row_keys(text, lex, units, 2026)
    assert [k[2] for k in keys] == [10.0]
