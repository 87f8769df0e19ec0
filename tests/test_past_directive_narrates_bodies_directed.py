"""A directive told with "đã" among a review's results ("tỉnh đã chỉ đạo các sở, ngành ...") is
past work: the bodies it directed get no role (CONVENTIONS, ruled in session 33). A directive that
is the day's news ("Ngày 3-4, Chủ tịch UBND tỉnh đã chỉ đạo các sở ...") stands, and so does one
told with "vừa"."""

from __future__ import annotations

import datetime as dt

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs


def _roles(text: str, lex) -> set[tuple[str, str]]:
    page = dt.date(2025, 6, 20)
    rows, bodies = assignment_rows("t", text, paragraphs(text), "42", lex, page.year, page_date=page)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    return {(code[r["body_id"]], r["role"]) for r in rows}


def test_bodies_directed_in_a_past_directive_get_no_role(lex):
    text = (
        "Nhờ vậy, thu ngân sách tăng khá. Để giữ đà tăng trưởng, tỉnh đã chỉ đạo các sở, ngành, "
        "địa phương rà soát từng dự án, tháo gỡ vướng mắc về mặt bằng."
    )
    assert _roles(text, lex) == set()


def test_bodies_directed_in_a_past_focused_directive_get_no_role(lex):
    text = "Ngay từ đầu năm, UBND tỉnh đã tập trung chỉ đạo các sở, ngành đẩy nhanh giải ngân vốn đầu tư."
    assert _roles(text, lex) == set()


def test_a_directive_that_is_the_days_news_stands(lex):
    text = "Ngày 3-4, ông Trần Văn B, Chủ tịch UBND tỉnh, đã chỉ đạo các sở, ngành khẩn trương rà soát các dự án chậm tiến độ."
    assert _roles(text, lex) == {("PROVINCIAL_AGENCIES", "implement")}


def test_a_directive_just_given_stands(lex):
    text = "UBND tỉnh vừa chỉ đạo các sở, ngành khẩn trương rà soát các dự án chậm tiến độ."
    assert _roles(text, lex) == {("PROVINCIAL_AGENCIES", "implement")}


def test_an_authorisation_told_as_done_narrates_the_body_authorised(lex):
    from tests.helpers.assignment_roles import cited_roles

    done = (
        "Năm 2024, UBND tỉnh đã ủy quyền cho Sở Tài chính phối hợp với Kho bạc Nhà nước cấp tài khoản cho 120 đơn vị."
    )
    assert cited_roles(done, lex, "42") == set()
