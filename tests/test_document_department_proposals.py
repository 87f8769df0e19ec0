"""A text a department or an office puts forward ("theo đề nghị của Sở ... tại Tờ trình số ...")
is the department's, whatever its symbol's suffix reads: issuer ``other`` (CONVENTIONS, session
31: the contract names no department issuer). Short texts of our own."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_committee_s_submission_named_before_its_number_is_other(lex):
    text = (
        "Xét đề nghị của Ban Dân tộc tỉnh tại Tờ trình số 41/TTr-BDT ngày 12/9/2023, Ủy ban nhân dân tỉnh "
        "Hà Giang ban hành Kế hoạch hỗ trợ đồng bào vùng cao."
    )
    assert docs(text, lex, "02")["41/TTr-BDT"][:3] == ("other", "other", "2023-09-12")


def test_a_department_s_letters_with_a_ministry_s_code_are_other(lex):
    text = (
        "Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại văn bản số 702/LĐTBXH-BTXH ngày 05/11/2021 "
        "và văn bản số 88/LĐTBXH-BTXH ngày 20/01/2022, Chủ tịch UBND tỉnh quyết định."
    )
    found = docs(text, lex, "02")
    assert found["702/LĐTBXH-BTXH"][1] == "other"
    assert found["88/LĐTBXH-BTXH"][1] == "other"


def test_a_ministry_or_the_committee_named_before_its_text_keeps_its_issuer(lex):
    text = (
        "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội tại văn bản số 702/LĐTBXH-BTXH ngày 05/11/2021; "
        "thực hiện ý kiến của UBND tỉnh tại Quyết định số 15/QĐ-UBND ngày 03/01/2022."
    )
    found = docs(text, lex, "02")
    assert found["702/LĐTBXH-BTXH"][1] == "ministry"
    assert found["15/QĐ-UBND"][1] == "provincial_peoples_committee"
