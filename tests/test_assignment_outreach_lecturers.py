""" "Báo cáo viên" names the Party's outreach lecturers, people, not a report owed: a sentence that
tells the departments to work with the lecturers gives them no `report` role (raw/curation/
role_cues.csv, kind ignore). Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_outreach_lecturers_owe_no_report(lex):
    text = (
        "Các sở, ban, ngành phối hợp với đội ngũ báo cáo viên của Tỉnh ủy tuyên truyền "
        "nghị quyết đến cán bộ, đảng viên."
    )
    assert cited_roles(text, lex, "10") == {("PROVINCIAL_AGENCIES", "communicate")}
