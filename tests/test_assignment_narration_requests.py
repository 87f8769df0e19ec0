"""Bodies that news pages name without giving them work, and the work a request goes on to give
(issue 8, round 19).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: an event dated after a phrase of setting or after a scraper's date marker, officials whose
title is the body's name followed by their own name, the standing members of a body met at a
working session, the author announcing its plan in lower case, and manner adverbs before the
cue of a subjectless clause.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "64") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_an_event_day_after_a_phrase_of_setting_narrates(lex):
    trip = "Trong đợt kiểm tra các công trình trọng điểm, chiều 14/6, Giám đốc Sở Xây dựng triển khai kiểm tra cầu."
    assert roles(trip, lex) == set()
    visit = "Nhân dịp khánh thành bệnh viện, sáng 2/9, Sở Y tế triển khai đợt khám bệnh miễn phí."
    assert roles(visit, lex) == set()
    # a phrase that names a body is no setting: "Giao Sở Y tế, ngày 20/5, ..." is a schedule
    schedule = "Giao Sở Y tế, ngày 20/5, triển khai chiến dịch tiêm chủng."
    assert roles(schedule, lex) == {("DOH", "lead")}
    plain = "Theo kế hoạch, Sở Y tế triển khai chiến dịch tiêm chủng tại các xã."
    assert roles(plain, lex) == {("DOH", "implement")}


def test_a_scrapers_date_marker_is_no_word_of_the_lead(lex):
    marked = "date 2024-05-20 Sáng 20/5, Sở Y tế triển khai chiến dịch tiêm chủng tại các xã."
    assert roles(marked, lex) == set()
    month = "date 2024-05 Chiều 21/5, Sở Tài chính triển khai đợt kiểm tra ngân sách các xã."
    assert roles(month, lex) == set()


def test_an_official_whose_title_names_the_body_is_reported_on(lex):
    premier = "Thủ tướng Chính phủ Lê Văn Nam làm việc với UBND tỉnh về tình hình triển khai các dự án."
    assert roles(premier, lex) == set()
    deputy = "Phó Thủ tướng Trần Thị Hà triển khai các nhiệm vụ cùng lãnh đạo tỉnh."
    assert roles(deputy, lex) == set()
    secretary = "Bí thư Tỉnh ủy Hoàng Minh Đức quán triệt kết luận của hội nghị."
    assert roles(secretary, lex) == set()
    # the title alone, with no person's name, still names the body at work
    assert roles("Giao Bí thư Tỉnh ủy triển khai.", lex) == {("PARTY_COMMITTEE", "lead")}


def test_the_standing_members_met_at_a_working_session_do_no_work(lex):
    met = (
        "Phó Thủ tướng Trần Thị Hà làm việc với thường trực Tỉnh ủy về tình hình kinh tế và triển khai "
        "mô hình chính quyền hai cấp."
    )
    assert roles(met, lex) == set()
    asked = "Giao thường trực HĐND tỉnh giám sát việc thực hiện."
    assert ("PCOUNCIL", "lead") in roles(asked, lex)


def test_one_body_announcing_its_plan_in_lower_case_is_its_author(lex):
    author = "UBND tỉnh xây dựng kế hoạch phát triển kinh tế - xã hội 05 năm giai đoạn 2026-2030 như sau:"
    assert roles(author, lex) == set()
    issued = "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết cụ thể như sau:"
    assert roles(issued, lex) == set()
    # several bodies told to draw up their own plans act (one text has one author)
    several = "Sở Y tế, Sở Tài chính xây dựng kế hoạch của ngành như sau:"
    assert roles(several, lex) == {("DOH", "implement"), ("DOF", "implement")}


def test_a_manner_adverb_before_the_cue_of_a_subjectless_clause(lex):
    # advice carries to no body (CONVENTIONS session 43); the other cues do
    advise = "Chủ tịch UBND tỉnh đề nghị các sở, ngành rà soát các chỉ tiêu; chủ động tham mưu các giải pháp."
    assert ("PROVINCIAL_AGENCIES", "advise") not in roles(advise, lex)
    report = "Yêu cầu UBND các huyện rà soát các công trình; khẩn trương báo cáo kết quả về UBND tỉnh."
    assert ("DISTRICT_PCS", "report") in roles(report, lex)
    tell = "Yêu cầu UBND các huyện rà soát các công trình; tích cực tuyên truyền đến người dân."
    assert ("DISTRICT_PCS", "communicate") in roles(tell, lex)


def test_the_author_announcing_a_plan_whose_title_names_another_body(lex):
    # a body named inside the announced plan's title ("mà Thủ tướng Chính phủ giao") does not cut the
    # announcing words off before "như sau" (CONVENTIONS session 42: the author's own act, no role)
    author = (
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai nhiệm vụ giảm tỷ lệ trẻ em suy dinh dưỡng mà Thủ "
        "tướng Chính phủ giao cho tỉnh đến năm 2030, với các nội dung như sau:"
    )
    assert ("PPC", "implement") not in roles(author, lex)
    # in another sentence, "như sau" announces no text of the body before it
    apart = "UBND tỉnh triển khai mục tiêu phổ cập giáo dục do Thủ tướng Chính phủ giao. Các mục tiêu cụ thể như sau:"
    assert ("PPC", "implement") in roles(apart, lex)
