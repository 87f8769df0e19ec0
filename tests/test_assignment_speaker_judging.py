"""A department's leaders judging the year ahead ("Lãnh đạo Sở ... nhận định, năm ... là năm
cuối hoàn thành ...") are a speaker reported on, as "nhấn mạnh" and "chia sẻ" are: the body does
no work (CONVENTIONS: a body only reported on). Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_department_judging_the_year_gives_no_row(lex):
    text = (
        "Lãnh đạo Sở Y tế nhận định, năm 2024 là năm then chốt để hoàn thành các nhiệm vụ chăm sóc sức khỏe "
        "nhân dân theo kế hoạch 5 năm của tỉnh."
    )
    assert cited_roles(text, lex, "45") == set()


def test_a_department_that_carries_out_a_task_still_implements(lex):
    text = "Sở Y tế triển khai thực hiện các nhiệm vụ chăm sóc sức khỏe nhân dân theo kế hoạch 5 năm của tỉnh."
    assert cited_roles(text, lex, "45") == {("DOH", "implement")}
