"""A role cue written as a noun after its head noun ("chất lượng tham mưu", "nội dung tham
mưu", "số liệu báo cáo", "ý kiến, kiến nghị") names advice, data or petitions, not a duty of
the body before it (audit 50: three unseen pages). Texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "20") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_the_quality_of_advice_is_no_advice(lex):
    text = "Trong năm tới, Văn phòng UBND tỉnh chú ý nâng cao chất lượng tham mưu về cải cách hành chính."
    assert ("PPC_OFFICE", "advise") not in roles(text, lex)


def test_advice_and_report_data_named_after_the_body_answered_to(lex):
    text = (
        "Chủ tịch UBND tỉnh giao Sở Nội vụ chịu trách nhiệm trước pháp luật, UBND tỉnh về độ tin "
        "cậy của nội dung tham mưu và số liệu báo cáo đã trình."
    )
    assert roles(text, lex) == {("DOHA", "lead")}


def test_voters_petitions_forwarded_are_no_advice(lex):
    text = (
        "Qua tiếp xúc, Thường trực HĐND tỉnh nhận được 37 ý kiến, kiến nghị của cử tri về đường "
        "nông thôn và gửi UBND tỉnh."
    )
    got = roles(text, lex)
    assert ("PCOUNCIL_STANDING", "advise") not in got
    assert ("PPC", "advise") not in got


def test_the_verbs_still_assign(lex):
    assert roles("Sở Nội vụ tham mưu UBND tỉnh ban hành quy chế làm việc.", lex) == {("DOHA", "advise")}
    text = "Sở Xây dựng rà soát nội dung, tham mưu UBND tỉnh điều chỉnh quy hoạch chung."
    assert ("DOC", "advise") in roles(text, lex)
    text = "Sở Kế hoạch và Đầu tư tổng hợp số liệu, báo cáo UBND tỉnh trước ngày 20/12/2026."
    assert ("DPI", "report") in roles(text, lex)
