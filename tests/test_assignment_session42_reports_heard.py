"""Reports heard or presented at a meeting are no `report` role (CONVENTIONS, session 42): a
conclusion's opening "Sau khi nghe X báo cáo ..." and a caption of a speaker reporting, whose
titles name bodies ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh <tên> báo cáo", "Ông
<tên> - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh báo cáo"); a body asked to report keeps it.
Texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_report_heard_before_a_conclusion_is_no_duty(lex):
    heard = (
        "Sau khi nghe Chủ tịch UBND tỉnh Bình Định báo cáo và góp ý của thành viên đoàn công tác, "
        "Phó Thủ tướng kết luận như sau:"
    )
    assert cited_roles(heard, lex, "52") == set()
    department = (
        "Sau khi nghe Sở Công Thương báo cáo kết quả thực hiện kế hoạch năm 2024 và ý kiến của các "
        "thành viên dự họp, Chủ tịch UBND tỉnh kết luận như sau:"
    )
    assert cited_roles(department, lex, "52") == set()
    asked = "Sau khi nghe ý kiến các đại biểu, Chủ tịch UBND tỉnh yêu cầu Sở Công Thương báo cáo trước ngày 15/10."
    assert ("DOIT", "report") in cited_roles(asked, lex, "52")


def test_a_caption_of_a_speaker_reporting_under_their_titles_is_no_duty(lex):
    member = "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Trần Văn Bình báo cáo\nVề giao thông"
    assert cited_roles(member, lex, "52") == set()
    dashed = "Bà Lê Thị Hoa - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Định báo cáo Đại hội dự kiến chương trình."
    assert cited_roles(dashed, lex, "52") == set()
    duty = "Sở Tài chính định kỳ báo cáo UBND tỉnh tình hình giải ngân."
    assert cited_roles(duty, lex, "52") == {("DOF", "report")}
