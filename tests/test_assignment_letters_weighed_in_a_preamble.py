"""A preamble's "Xét Công văn số ... của Sở X" proposes as "Xét Tờ trình" does: X advises
(CONVENTIONS, session 30). Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_the_department_whose_letter_is_weighed_advises(lex):
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Xét Công văn số 2345/SNN-KH ngày 14 tháng 3 năm 2024 của Sở Nông nghiệp và Phát triển nông thôn,\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch phát triển cây ăn quả năm 2024."
    )
    assert cited_roles(text, lex, "42") == {("DARD", "advise")}


def test_a_proposal_made_in_a_letter_advises(lex):
    text = (
        "Theo đề xuất của Sở Tài chính tại Công văn số 870/STC-NS ngày 02 tháng 4 năm 2024,\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt phương án phân bổ vốn năm 2024."
    )
    assert cited_roles(text, lex, "42") == {("DOF", "advise")}
