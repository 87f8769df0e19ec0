"""The carry-over of a clause without a body is for the monitor, report and communicate cues
(CONVENTIONS, session 43 "Bodies and roles"): a ";" clause with no body that opens with "tham
mưu" or "đề xuất" gives no ``advise`` row to the subject before it; its other cues still carry.
Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_advice_after_a_semicolon_gives_the_subject_no_advise_row(lex):
    text = (
        "Các sở, ban, ngành và UBND các huyện đẩy mạnh tuyên truyền về bảo vệ rừng; tham mưu lập các "
        "dự án trồng rừng thay thế."
    )
    assert cited_roles(text, lex, "20") == {("PROVINCIAL_AGENCIES", "communicate"), ("DISTRICT_PCS", "communicate")}


def test_a_proposal_after_a_semicolon_gives_no_advise_row_either(lex):
    text = "Sở Y tế tổ chức thực hiện Kế hoạch; đề xuất giải pháp tăng tỷ lệ tiêm chủng."
    assert cited_roles(text, lex, "20") == {("DOH", "implement")}


def test_report_and_monitor_cues_still_carry_past_the_advice(lex):
    text = (
        "Sở Công Thương tổ chức thực hiện Đề án; theo dõi, đề xuất điều chỉnh khi cần thiết; hằng năm "
        "báo cáo UBND tỉnh kết quả thực hiện."
    )
    assert cited_roles(text, lex, "20") == {("DOIT", "implement"), ("DOIT", "monitor"), ("DOIT", "report")}


def test_the_subjects_own_advice_stays(lex):
    text = "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí; hằng năm báo cáo kết quả."
    assert cited_roles(text, lex, "20") == {("DOF", "advise"), ("DOF", "report")}


def test_an_item_of_a_list_of_duties_after_a_colon_keeps_its_advice(lex):
    # not the ruled structure: the items after "có trách nhiệm:" are the subject's own predicates
    text = (
        "Sở Xây dựng có trách nhiệm: triển khai thực hiện Đề án; theo dõi tiến độ, đề xuất các giải pháp "
        "và báo cáo kết quả hằng quý."
    )
    assert ("DOC", "advise") in cited_roles(text, lex, "20")
