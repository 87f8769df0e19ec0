"""A Party committee given the leading of another body (CONVENTIONS, Assignments session 35): "Đảng
ủy X được giao lãnh đạo Y <task>" - X leads and Y implements; "lãnh đạo" is the verb there, no
head's title before Y. Short texts of our own; the curated tables as they are."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_the_body_a_party_committee_is_given_to_lead_implements(lex):
    text = "Đảng ủy UBND tỉnh được giao lãnh đạo UBND tỉnh giải quyết dứt điểm các dự án chậm tiến độ."
    assert cited_roles(text, lex, "02") == {("PPC_PARTY_COMMITTEE", "lead"), ("PPC", "implement")}
    # the leadership of a body given a task still leads it
    given = "Giao lãnh đạo Sở Y tế rà soát các dự án chậm tiến độ."
    assert cited_roles(given, lex, "02") == {("DOH", "lead")}
