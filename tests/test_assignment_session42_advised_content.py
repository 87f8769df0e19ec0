"""What a body advises is the advised body's work, not its own (CONVENTIONS, session 42): "Sở
... tổng hợp, đề xuất ..., tham mưu UBND tỉnh báo cáo Bộ ..." advises, the report is the
committee's; "tham mưu Chủ tịch UBND tỉnh chỉ đạo, đôn đốc ..." gives the adviser no `monitor`;
compiling to propose ("tổng hợp, tham mưu, đề xuất") is advising. A body that compiles and
reports itself ("tổng hợp, báo cáo UBND tỉnh") keeps `report`. Texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_report_inside_what_a_department_advises_is_the_committee_s(lex):
    text = (
        "Sở Y tế có trách nhiệm tổng hợp, đề xuất nhu cầu kinh phí của các dự án năm 2027, tham mưu "
        "UBND tỉnh báo cáo Bộ Y tế trước ngày 30/9."
    )
    assert cited_roles(text, lex, "52") == {("DOH", "advise")}


def test_urging_inside_what_an_office_advises_is_no_monitor(lex):
    text = "Văn phòng UBND tỉnh kịp thời tham mưu Chủ tịch UBND tỉnh chỉ đạo, đôn đốc các huyện thực hiện."
    assert cited_roles(text, lex, "52") == {("PPC_OFFICE", "advise")}


def test_compiling_to_propose_is_advising(lex):
    text = "Sở Công Thương theo dõi, tổng hợp, tham mưu, đề xuất UBND tỉnh các giải pháp tháo gỡ khó khăn."
    assert cited_roles(text, lex, "52") == {("DOIT", "monitor"), ("DOIT", "advise")}
    duty = "Sở Công Thương tổng hợp, báo cáo UBND tỉnh trước ngày 15/12."
    assert cited_roles(duty, lex, "52") == {("DOIT", "report")}
