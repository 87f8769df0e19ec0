"""A sentence that opens on "Phối hợp với" and a monitoring delegation named as a noun, on
short texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_sentence_opening_on_support_continues_the_previous_body(lex):
    text = (
        "Sở Y tế chủ trì triển khai chiến dịch tiêm chủng năm 2021. "
        "Phối hợp với UBND các huyện tổ chức các điểm tiêm lưu động."
    )
    assert ("DISTRICT_PCS", "support") in roles(text, lex)


def test_a_support_opening_after_no_assignment_gives_nothing(lex):
    text = "Năm qua, tỉnh có nhiều hoạt động văn hóa. Phối hợp với UBND các huyện tổ chức lễ hội."
    assert roles(text, lex) == set()


def test_a_monitoring_delegation_is_no_monitor_role(lex):
    text = "Các sở, ngành chuẩn bị chu đáo các nội dung làm việc với Đoàn giám sát của HĐND tỉnh."
    assert ("PROVINCIAL_AGENCIES", "monitor") not in roles(text, lex)
    assert roles("Sở Xây dựng giám sát chất lượng công trình.", lex) == {("DOC", "monitor")}
