"""An assignment told as done is past work (CONVENTIONS, session 31: an assignment made earlier
and recalled in a review gives no ``lead``; session 33: "X đã chỉ đạo các sở ..." among a
review's results is past work, no role).

"đã giao <tasks> cho <bodies>" and "đã giao các sở: ..." recall what was given: the bodies get no
lead. A sentence that opens with the event's day tells the day's news, and "giao" without "đã"
still gives the task. Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_tasks_told_as_given_in_a_monthly_review_give_no_lead(lex):
    text = (
        "Trong tháng 9, UBND tỉnh và Chủ tịch UBND tỉnh đã giao 21 nhiệm vụ cho các sở, ban, ngành, "
        "địa phương; các đơn vị đã hoàn thành 30 nhiệm vụ."
    )
    assert ("PROVINCIAL_AGENCIES", "lead") not in cited_roles(text, lex, "86")


def test_departments_told_as_given_under_a_list_head_give_no_lead(lex):
    text = (
        "Để sớm ban hành chính sách, UBND tỉnh đã giao các sở: Tài chính, Nội vụ theo chức năng tham "
        "mưu, hoàn thiện dự thảo. UBND tỉnh giao Sở Tư pháp chủ trì thẩm định, báo cáo UBND tỉnh trước "
        "ngày 20/4/2025."
    )
    roles = cited_roles(text, lex, "86")
    assert ("DOF", "lead") not in roles and ("DOHA", "lead") not in roles
    assert ("DOJ", "lead") in roles


def test_a_task_given_now_still_leads(lex):
    text = "UBND tỉnh giao 12 nhiệm vụ cho các sở, ban, ngành trong tháng 10."
    assert ("PROVINCIAL_AGENCIES", "lead") in cited_roles(text, lex, "86")


def test_the_day_s_news_of_a_task_given_still_leads(lex):
    text = "Ngày 5/10, Chủ tịch UBND tỉnh đã giao Sở Xây dựng chủ trì rà soát các dự án nhà ở xã hội."
    assert ("DOC", "lead") in cited_roles(text, lex, "86")
