"""A sentence that opens with a quarter or a month already begun when the page was published
reviews that time: its subjects are narrated, as after an earlier year's opening (CONVENTIONS:
past work is no `implement`). A period still ahead of the page's date is a plan: its subjects act."""

from __future__ import annotations

import datetime as dt

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs


def _roles(text: str, lex, page: dt.date) -> set[tuple[str, str]]:
    rows, bodies = assignment_rows("t", text, paragraphs(text), "42", lex, page.year, page_date=page)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    return {(code[r["body_id"]], r["role"]) for r in rows}


def test_a_quarter_already_over_narrates_its_subject(lex):
    text = "Trong quý II, Sở Công Thương tổ chức thực hiện các giải pháp kích cầu tiêu dùng."
    assert _roles(text, lex, dt.date(2024, 7, 10)) == set()


def test_a_month_of_the_page_narrates_its_subject(lex):
    text = "Tháng 5/2024, UBND tỉnh triển khai quyết liệt các nhiệm vụ thu ngân sách."
    assert _roles(text, lex, dt.date(2024, 5, 28)) == set()


def test_a_quarter_still_ahead_is_a_plan(lex):
    text = "Quý III, Sở Công Thương tổ chức thực hiện các giải pháp kích cầu tiêu dùng."
    assert _roles(text, lex, dt.date(2024, 3, 2)) == {("DOIT", "implement")}
