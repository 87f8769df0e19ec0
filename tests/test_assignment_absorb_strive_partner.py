"""Tasks whose verbs the rules misread on news and legal pages (issue 8, round 21).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: bodies told to absorb guidance ("quán triệt"), which is acting on it, not communicating it;
the leadership setting targets or a stance ("đặt ra", "xác định"); departments that strive
("phấn đấu") or focus ("tập trung") on a task; events a body holds, launches or answers, and a
council deliberating at its session.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "64") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_absorbing_guidance_is_work_not_communication(lex):
    assigned = "UBND tỉnh giao thủ trưởng các sở, ban, ngành quán triệt và triển khai ngay kết luận này."
    assert roles(assigned, lex) == {("PROVINCIAL_AGENCIES", "lead")}
    asked = "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành cần quán triệt đầy đủ, rà soát lại các giải pháp."
    assert roles(asked, lex) == {("PROVINCIAL_AGENCIES", "implement")}
    # past absorbing is narration
    past = "Năm qua, các sở, ban, ngành đã quán triệt và triển khai các nhiệm vụ được giao."
    assert roles(past, lex) == set()
    # spreading the word is still communication
    spread = "Sở Văn hóa, Thể thao và Du lịch tuyên truyền rộng rãi kế hoạch đến người dân."
    assert ("DCST", "communicate") in roles(spread, lex)


def test_the_leadership_setting_targets_or_a_stance_is_assigned_nothing(lex):
    targets = "UBND tỉnh đặt ra 12 chỉ tiêu chủ yếu phấn đấu thực hiện trong năm."
    assert roles(targets, lex) == set()
    council = "Theo bà Trần Thị B, năm nay HĐND tỉnh đặt ra 10 chỉ tiêu và đến nay đã hoàn thành 9 chỉ tiêu."
    assert roles(council, lex) == set()
    stance = "Chủ tịch UBND tỉnh xác định năm tới là năm bứt phá, năm đầu triển khai kế hoạch 5 năm."
    assert roles(stance, lex) == set()
    # a department that determines something still acts
    dept = "Sở Tài chính xác định các nguồn vốn và triển khai giải ngân."
    assert roles(dept, lex) == {("DOF", "implement")}


def test_departments_that_strive_or_focus_act(lex):
    strive = "Các sở, ban, ngành và UBND các xã phấn đấu giải ngân toàn bộ vốn đầu tư công."
    assert roles(strive, lex) == {("PROVINCIAL_AGENCIES", "implement"), ("COMMUNE_PCS", "implement")}
    focus = "Sở Công Thương, Sở Xây dựng tập trung tháo gỡ vướng mắc cho các dự án."
    assert roles(focus, lex) == {("DOIT", "implement"), ("DOC", "implement")}
    # the leadership striving still states aims
    assert roles("Năm tới, UBND tỉnh phấn đấu tăng trưởng 9%.", lex) == set()


def test_events_held_launched_or_answered_and_a_council_deliberating_are_narration(lex):
    meeting = "UBND tỉnh tổ chức phiên họp thường kỳ tháng 4, đánh giá tình hình triển khai nhiệm vụ quý I."
    assert roles(meeting, lex) == set()
    launch = "UBND tỉnh phát động phong trào thi đua nhằm thực hiện thắng lợi kế hoạch năm."
    assert roles(launch, lex) == set()
    answer = "Hội Nông dân tỉnh hưởng ứng phong trào thi đua phấn đấu hoàn thành kế hoạch năm."
    assert roles(answer, lex) == set()
    session = "Kỳ họp lần này, HĐND tỉnh tập trung thảo luận, xem xét nhiều báo cáo quan trọng."
    assert roles(session, lex) == set()


def test_a_municipalitys_office_chief_and_the_statistics_office_named_by_its_kind(lex):
    # province 48 is a municipality: "thành phố" names the city's own committee
    chief = "Chánh Văn phòng UBND thành phố, Giám đốc Sở Tài chính chịu trách nhiệm thi hành quyết định này."
    assert roles(chief, lex, "48") == {("PPC_OFFICE", "implement"), ("DOF", "implement")}
    partner = "Sở Tài chính chủ trì, phối hợp cơ quan Thống kê thành phố bảo đảm mục tiêu tăng trưởng năm."
    assert roles(partner, lex, "48") == {("DOF", "lead"), ("STATISTICS_OFFICE", "support")}


def test_a_body_that_is_assigned_in_the_passive_leads(lex):
    passive = "Theo chương trình, Sở Nội vụ được giao trình đề án sắp xếp các thôn trong quý II."
    assert roles(passive, lex, "37") == {("DOHA", "lead")}
    # a longer curated phrase that holds the cue only describes the body: the verb after it is its task
    focal = "Các sở, ngành được giao đầu mối khẩn trương triển khai tháo gỡ vướng mắc của các dự án."
    assert roles(focal, lex, "37") == {("PROVINCIAL_AGENCIES", "implement")}
