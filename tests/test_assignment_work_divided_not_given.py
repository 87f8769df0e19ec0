"""Work divided, not given (issue 8, round 21): bodies that share out their own tasks among
themselves lead nothing, and a duty named by "việc" ("phân công việc theo dõi") is a noun, not
the subject's duty: it does the work. Texts of our own; the assignment beside each stays one."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_bodies_that_share_out_their_own_tasks_lead_nothing(lex):
    own = (
        "Các sở, ban, ngành lập kế hoạch thực hiện kịch bản tăng trưởng theo từng quý và phân công "
        "nhiệm vụ triển khai cho các sở, ban, ngành, địa phương."
    )
    assert roles(own, lex) == {("PROVINCIAL_AGENCIES", "implement")}
    given = "UBND tỉnh phân công nhiệm vụ cho các sở, ban, ngành, địa phương."
    assert roles(given, lex) == {("PROVINCIAL_AGENCIES", "lead")}


def test_a_duty_named_after_viec_is_a_noun(lex):
    noun = "Trong điều hành, UBND tỉnh sẽ xây dựng kịch bản, phân công việc theo dõi để hoàn thành mục tiêu."
    assert roles(noun, lex) == {("PPC", "implement")}  # its own work, the monitoring it shares out
    duty = "UBND tỉnh phân công cho Sở Y tế theo dõi tình hình dịch bệnh."
    assert roles(duty, lex) == {("DOH", "lead"), ("DOH", "monitor")}
