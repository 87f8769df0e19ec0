"""The body advised is no actor (CONVENTIONS: "tham mưu" is advise; the superior it advises
gets nothing, as superiors that merely receive reports get nothing).

Two structures put the advised body in a role: a task given with "giao" whose advice is
addressed "tham mưu cho UBND tỉnh ..." (the split "giao ... cho" lead cue took the advised body
for the one given the task), and advice whose content opens with a compiling verb ("tham mưu
UBND tỉnh tổng hợp ...": the advised body was read as the office that compiles a report).
Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_body_advised_after_tham_muu_cho_in_a_given_task_gets_nothing(lex):
    text = (
        "Sở Tài chính tỉnh được giao nhiệm vụ rà soát, đánh giá và tham mưu cho UBND tỉnh "
        "các phương án bố trí kinh phí sửa chữa trụ sở trong quý III."
    )
    assert cited_roles(text, lex, "86") == {("DOF", "lead")}


def test_body_advised_with_a_compiling_verb_after_it_gets_nothing(lex):
    text = "- Sở Xây dựng:\n+ Tham mưu UBND tỉnh tổng hợp danh sách các công trình chậm tiến độ để xử lý dứt điểm.\n"
    assert ("PPC", "report") not in cited_roles(text, lex, "86")


def test_a_task_given_for_a_body_still_leads_it(lex):
    # "giao ... cho X" with no advice before "cho" still gives X the task
    text = "UBND tỉnh giao chỉ tiêu thu ngân sách năm 2026 cho UBND các xã, phường."
    assert ("COMMUNE_PCS", "lead") in cited_roles(text, lex, "86")


def test_the_office_a_report_is_sent_to_for_compiling_still_reports(lex):
    text = "UBND các xã, phường báo cáo kết quả thực hiện, gửi về Sở Nội vụ để tổng hợp trước ngày 20/12/2025."
    assert ("DOHA", "report") in cited_roles(text, lex, "86")


def test_a_subjectless_clause_advising_a_superior_gives_its_verbs_to_no_one(lex):
    # "...; kịp thời tham mưu Chủ tịch UBND tỉnh chỉ đạo, đôn đốc ...": the directing and urging
    # are what the office advises the chair to do, not the office's own monitoring
    text = (
        "Giao Văn phòng UBND tỉnh làm đơn vị thường trực; kịp thời tham mưu Chủ tịch UBND tỉnh "
        "chỉ đạo, đôn đốc các ngành, địa phương hoàn thành nhiệm vụ được giao."
    )
    assert cited_roles(text, lex, "86") == {("PPC_OFFICE", "lead")}


def test_a_subjectless_clause_that_monitors_then_advises_keeps_both(lex):
    text = (
        "Giao Sở Nội vụ chủ trì triển khai kế hoạch; theo dõi, đôn đốc các xã, phường thực hiện, "
        "tham mưu UBND tỉnh xử lý các vướng mắc."
    )
    assert ("DOHA", "monitor") in cited_roles(text, lex, "86")
