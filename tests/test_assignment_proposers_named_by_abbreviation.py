"""The proposer of a legal text named by its abbreviated name: a border economic zone's board
written "BQL Khu KTCK" is the Economic Zone Board (issue 8, round 21), on a text of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_border_zone_board_named_by_its_abbreviation_proposes(lex):
    text = "Xét tờ trình số 21/TT-BQL ngày 2/4/2009 của BQL Khu KTCK Lao Bảo về việc ban hành quy chế,"
    assert cited_roles(text, lex, "45") == {("EZ_BOARD", "advise")}


def test_the_department_whose_advice_the_text_rests_on_advises(lex):
    text = (
        "Để triển khai Nghị quyết, trên cơ sở tổng hợp, tham mưu của Sở Tài chính tại Văn bản số "
        "512/STC-NS ngày 4/10/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"
    )
    assert cited_roles(text, lex, "42") == {("DOF", "advise")}
