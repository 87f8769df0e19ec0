"""Tasks told by their count, and heads' titles written without "các" (session 24, set26).

Short texts of our own with the curated tables as they are: a news report that counts the tasks
a committee gave or received is no assignment; a decision's article that gives its targets to
"Giám đốc sở, Thủ trưởng cơ quan ban, ngành" gives them to the agencies those people head.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_tasks_described_by_who_gave_them_are_no_lead(lex):
    told = "Với các nhiệm vụ UBND tỉnh giao cho các sở, ngành, địa phương, đã có 500 nhiệm vụ xong, chiếm 90%."
    assert cited_roles(told, lex, "91") == set()
    given = "UBND tỉnh giao cho các sở, ngành, địa phương triển khai 20 nhiệm vụ trọng tâm."
    assert cited_roles(given, lex, "91") == {("PROVINCIAL_AGENCIES", "lead")}


def test_a_count_of_tasks_after_the_passive_is_a_tally(lex):
    tally = "Theo báo cáo, trong sáu tháng Sở Y tế được giao thực hiện 12 nhiệm vụ, đã xong 8 nhiệm vụ."
    assert cited_roles(tally, lex, "91") == set()
    duty = "Sở Y tế được giao chủ trì xây dựng Đề án trong tháng 4."
    assert cited_roles(duty, lex, "91") == {("DOH", "lead")}


def test_heads_titles_without_a_quantifier_name_the_agencies(lex):
    text = (
        "Điều 2. Giao Giám đốc sở, Thủ trưởng cơ quan ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các "
        "huyện, thành phố căn cứ Điều 1 tổ chức phân bổ chỉ tiêu cho các đơn vị."
    )
    assert cited_roles(text, lex, "91") == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}
