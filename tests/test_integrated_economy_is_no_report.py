""" "kinh tế tổng hợp" (an integrated economy) is a noun phrase: its "tổng hợp" is no report cue
(role_cues.csv ignore row, as "quy hoạch tổng hợp" / "quản lý tổng hợp")."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_integrated_economy_gives_no_report(lex):
    text = (
        "Giao các sở, ngành và UBND các huyện hướng dẫn các xã giữ vững các tiêu chí thông qua "
        "phát triển kinh tế tổng hợp gắn với bảo vệ môi trường."
    )
    assert cited_roles(text, lex, "42", 2024) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}
