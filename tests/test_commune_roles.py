"""The commune level and its duties as post-2025 texts write them (issue 8), on texts of our own:
lower-case collectives of commune- or district-level units ("các xã, phường", "các huyện, thị
xã") and a body that answers for a task ("chịu trách nhiệm chỉ đạo ...")."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "37") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province, 2025)


def test_lower_case_communes_support_the_lead(lex):
    text = "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các xã, phường kiểm kê rừng trồng."
    assert roles(text, lex) == {("DAE", "lead"), ("COMMUNE_PCS", "support")}


def test_lower_case_districts_asked_to_act(lex):
    text = "Đề nghị các huyện, thị xã khẩn trương hoàn thiện hồ sơ đất đai."
    assert roles(text, lex) == {("DISTRICT_PCS", "implement")}


def test_a_body_that_answers_for_a_task_implements_it(lex):
    text = (
        "Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm chỉ đạo bàn giao mặt bằng sạch. "
        "Sở Y tế chịu trách nhiệm hướng dẫn các trạm y tế xã."
    )
    assert roles(text, lex) == {("COMMUNE_PCS", "implement"), ("DOH", "implement")}


def test_a_body_that_answers_with_a_specific_duty_keeps_only_that_duty(lex):
    text = "Giám đốc Sở Tài chính chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch này."
    assert roles(text, lex) == {("DOF", "monitor")}


def test_a_body_that_assigns_or_chairs_does_not_answer_for_a_task(lex):
    text = (
        "Năm 2026, Chính phủ dự kiến giao chỉ tiêu tăng trưởng cho tỉnh từ 9% trở lên. Đồng chí "
        "Phó Chủ tịch UBND tỉnh và đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đồng chủ "
        "trì buổi họp báo."
    )
    assert roles(text, lex) == set()


def test_a_press_conference_a_council_approving_and_a_byline_in_capitals_are_narration(lex):
    text = (
        "Chiều 12/3, Tỉnh ủy tổ chức họp báo tuyên truyền về kỳ bầu cử.\n\n"
        "Hội đồng nhân dân tỉnh cơ bản tán thành với báo cáo của Ủy ban nhân dân tỉnh về tình hình "
        "thực hiện kế hoạch năm 2025.\n\n"
        "BÀ TRẦN THỊ B, PHÓ BÍ THƯ TỈNH ỦY, CHỦ TỊCH UBND TỈNH Tỉnh sẽ tiếp tục triển khai các "
        "giải pháp thu hút đầu tư."
    )
    assert roles(text, lex) == set()
