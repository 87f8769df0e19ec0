"""A report named, not a report duty (issue 8, round 21): a count of reports written in words,
a report cue inside a document's capitalised name, and a speaker's caption at a meeting. Texts
of our own; the duty beside each stays a duty."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_reports_counted_in_words_are_nouns(lex):
    counted = "HĐND tỉnh xem xét, thảo luận tám báo cáo về tình hình kinh tế - xã hội năm 2024."
    assert roles(counted, lex) == set()
    session = (
        "HĐND tỉnh dự kiến xem xét, thảo luận sáu báo cáo về kết quả thực hiện trong năm 2023 và nhiệm vụ năm 2024."
    )
    assert roles(session, lex) == set()
    duty = "UBND tỉnh giao Sở Tài chính tổng hợp ý kiến của hai sở, báo cáo UBND tỉnh."
    assert roles(duty, lex) == {("DOF", "lead"), ("DOF", "report")}


def test_a_report_cue_inside_a_capitalised_document_name_is_its_title(lex):
    text = (
        "Đại hội đã nghe đồng chí Trần Văn Nam, Trưởng Ban Tuyên giáo Tỉnh ủy thay mặt Đoàn Chủ tịch "
        "thông qua Báo cáo tổng hợp ý kiến của cán bộ, đảng viên về dự thảo văn kiện."
    )
    assert roles(text, lex) == set()
    duty = "Ban Tuyên giáo Tỉnh ủy tổng hợp ý kiến của cán bộ, đảng viên, báo cáo Ban Thường vụ Tỉnh ủy."
    assert roles(duty, lex) == {("PARTY_PROPAGANDA_BOARD", "report")}


def test_a_speakers_caption_that_only_says_report_is_no_duty(lex):
    caption = "Giám đốc Sở Công Thương báo cáo."
    assert roles(caption, lex) == set()
    duty = "Sở Công Thương tổng hợp, báo cáo."
    assert roles(duty, lex) == {("DOIT", "report")}
