"""Past work is no assignment, whatever its cue: a subject told as having propagandised ("đã
quan tâm tổ chức tuyên truyền") or as having just urged ("vừa có chỉ đạo đôn
đốc ..."), and the bodies a directive told as done directed ("tỉnh đã chỉ đạo các huyện tuyên
truyền ..."), get no ``communicate`` or ``monitor`` row, as they get no ``report`` (CONVENTIONS:
a body only reported on does no work; past work is no role; an adviser's past advice stays
``advise``). Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_party_committee_told_as_having_propagandised_communicates_nothing(lex):
    text = (
        "Trong năm qua, Tỉnh ủy đã quan tâm chỉ đạo việc tổ chức tuyên truyền "
        "cho cuộc vận động giữ gìn cảnh quan sạch đẹp trên báo, đài địa phương."
    )
    assert cited_roles(text, lex, "15") == set()


def test_a_chair_who_has_just_urged_monitors_nothing(lex):
    text = "Chủ tịch UBND tỉnh Hà Tĩnh vừa có chỉ đạo đôn đốc giải ngân vốn đầu tư công trong quý III/2025."
    assert cited_roles(text, lex, "42") == set()


def test_districts_directed_in_past_work_communicate_nothing(lex):
    text = (
        "Từ đầu năm, tỉnh đã chỉ đạo các huyện, thị xã tuyên truyền, hướng dẫn người dân chuẩn "
        "bị đất và giống để trồng rừng đúng thời vụ."
    )
    assert cited_roles(text, lex, "42") == set()


def test_propaganda_and_monitoring_asked_for_still_stand(lex):
    asked = "Sở Văn hóa, Thể thao và Du lịch tuyên truyền rộng rãi về phong trào xây dựng đô thị văn minh."
    assert cited_roles(asked, lex, "15") == {("DCST", "communicate")}
    urged = "Văn phòng UBND tỉnh theo dõi, đôn đốc các sở, ngành giải ngân vốn đầu tư công."
    assert ("PPC_OFFICE", "monitor") in cited_roles(urged, lex, "42")


def test_past_advice_still_stands(lex):
    text = "Năm qua, Sở Tài chính đã tham mưu UBND tỉnh bố trí vốn cho các công trình trọng điểm."
    assert cited_roles(text, lex, "42") == {("DOF", "advise")}
