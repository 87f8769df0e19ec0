"""Bodies counted by a share are a target, not bodies at work (CONVENTIONS: a body is a
responsible organisation named as doing work): "100% các xã, phường thực hiện ..." states the
share of units that should do it. Sentences of our own; the duty beside each stays a duty."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_departments_counted_by_a_share_do_no_work(lex):
    text = "Phấn đấu đến năm 2026, 100% sở, ngành, địa phương tuyên truyền về thủ tục trên cổng thông tin của tỉnh."
    assert roles(text, lex) == set()


def test_communes_counted_by_a_share_after_a_quantifier_do_no_work(lex):
    text = "Đến hết năm 2025, 95% các xã, phường, thị trấn thực hiện thu gom rác thải sinh hoạt."
    assert roles(text, lex) == set()


def test_communes_listed_after_other_units_counted_by_a_share_do_no_work(lex):
    text = (
        "Để đạt mục tiêu năm 2025, 100% các trường học, bệnh viện, các xã, phường, thị trấn trên địa bàn, "
        "thực hiện tiết kiệm điện."
    )
    assert roles(text, lex) == set()


def test_a_body_after_a_share_of_money_still_acts(lex):
    text = "Để giải ngân 100% vốn đầu tư, Sở Tài chính chủ trì, phối hợp với UBND các huyện rà soát các dự án."
    assert roles(text, lex) == {("DOF", "lead"), ("DISTRICT_PCS", "support")}
