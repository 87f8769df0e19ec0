"""Assignments on texts of our own (session 23, set 25): the units under the people's committee
in a list of assignees; a deadline written without its year; a news agency's tag before a dated
event lead."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_the_units_under_the_peoples_committee_keep_the_list_of_assignees_whole(lex):
    text = (
        "Điều 1. Giao các sở, ban, ngành, các đơn vị trực thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện, "
        "thành phố, các doanh nghiệp nhà nước thuộc tỉnh chỉ tiêu kế hoạch năm 2021."
    )
    assert roles(text, lex) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}
