"""A submission cited as a news report's source attributes what follows and gives its owner no
role (issue 8; CONVENTIONS, session 31: "Theo tờ trình của UBND tỉnh, ..." reads as "Theo báo
cáo của X"), while a legal preamble that weighs the submission or names its proposer still makes
that body advise. Texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex) -> set[tuple[str, str]]:
    return cited_roles(text, lex, "42")


def test_a_submission_cited_as_a_source_gives_its_owner_no_role(lex):
    aims = "Theo tờ trình của UBND tỉnh, mục tiêu tổng quát đến năm 2030 là đưa tỉnh vào nhóm phát triển khá của vùng."
    assert roles(aims, lex) == set()
    review = (
        "Theo tờ trình của UBND thành phố về kết quả thực hiện kế hoạch năm 2025, kinh tế của thành phố "
        "có nhiều điểm sáng."
    )
    assert roles(review, lex) == set()


def test_a_preamble_that_weighs_or_names_the_proposer_still_advises(lex):
    weighed = "Xét Tờ trình số 15/TTr-UBND ngày 2/3/2024 của Ủy ban nhân dân tỉnh;"
    assert roles(weighed, lex) == {("PPC", "advise")}
    proposed = "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 21/TTr-STC ngày 5/4/2024."
    assert roles(proposed, lex) == {("DOF", "advise")}
