"""Bodies named without being given work, and bodies a list or a preamble names far from its
verb (issue 8, round 22).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: members voting at a conference; a council's preamble that names the owner of its submission
only after a run of reports set off by ';'; a list of bodies with a member that has no code of
its own; assignees listed across ';' after "Giao" or after an opening phrase; the Party
committee that only names whose units are asked; a meeting's hearing, whose presenters report
nothing as a duty; a year's review that credits the work with its results; an assignment to each
agency; a publisher's excerpt, an interview with an acting chair and a deputy's request; a
sentence with no body that opens with a schedule ("Định kỳ báo cáo ...") after one whose bodies
act.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_vote_to_adopt_a_programme_is_narration(lex):
    vote = (
        "Thường trực Tỉnh ủy và các đại biểu dự hội nghị biểu quyết thông qua Chương trình hành động "
        "của Tỉnh ủy thực hiện Nghị quyết Đại hội."
    )
    assert roles(vote, lex) == set()
    # the adopted programme's own task for a body is still read
    task = "Giao Thường trực Tỉnh ủy chỉ đạo thực hiện Chương trình hành động."
    assert ("PARTY_STANDING_BOARD", "lead") in roles(task, lex)


def test_the_owner_after_a_run_of_reports_proposed_the_submission(lex):
    run = (
        "Xét Tờ trình số 210/TTr-UBND ngày 20 tháng 11 năm 2024; các Báo cáo số 55/BC-UBND ngày 20 "
        "tháng 11 năm 2024, số 61/BC-UBND ngày 02/12/2024 của Ủy ban nhân dân tỉnh về kết quả năm 2024; "
        "Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu."
    )
    assert roles(run, lex) == {("PPC", "advise")}
    each = (
        "Xét Tờ trình số 210/TTr-UBND ngày 20 tháng 11 năm 2024; Báo cáo số 55/BC-UBND ngày 20 tháng 11 "
        "năm 2024; Báo cáo số 61/BC-UBND ngày 02 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh."
    )
    assert roles(each, lex) == {("PPC", "advise")}
    # a committee's verification report in the run is another body's: its owner proposed nothing
    other = (
        "Xét Tờ trình số 210/TTr-UBND ngày 20 tháng 11 năm 2024; Báo cáo thẩm tra số 12/BC-KTNS ngày "
        "01/12/2024 của Ban Kinh tế - Ngân sách HĐND tỉnh; ý kiến thảo luận của đại biểu."
    )
    assert roles(other, lex) == set()
    # reports alone, with no submission, propose nothing (CONVENTIONS)
    reports = "Xét Báo cáo số 55/BC-UBND ngày 20/11/2024; Báo cáo số 61/BC-UBND ngày 02/12/2024 của UBND tỉnh."
    assert roles(reports, lex) == set()


def test_a_list_of_bodies_reads_across_a_member_without_a_code(lex):
    # "Hội đồng nhân dân" shares the "tỉnh" of the committee after it: the whole list is owned
    served = (
        "Ban hành Bộ chỉ số đánh giá để phục vụ công tác điều hành của Tỉnh ủy, Hội đồng nhân dân, "
        "UBND tỉnh và UBND các huyện trong quá trình tổ chức thực hiện kế hoạch."
    )
    assert roles(served, lex) == set()
    # the same list as the subject: its coded members act
    acting = "Tỉnh ủy, Hội đồng nhân dân, UBND tỉnh và UBND các huyện tổ chức thực hiện kế hoạch."
    assert roles(acting, lex) == {("PARTY_COMMITTEE", "implement"), ("PPC", "implement"), ("DISTRICT_PCS", "implement")}


def test_assignees_after_giao_set_off_by_a_semicolon_lead_only(lex):
    # "Giao A; B <task>" reads as "Giao A, B <task>": both lead, B is no subject of its own
    listed = "Điều 2. Giao các sở, ban, ngành; UBND các huyện, thị xã lập kế hoạch thực hiện các chỉ tiêu được giao."
    assert roles(listed, lex) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}
    # a heading that gives the tasks below it is no list of assignees
    assert roles("Giao Sở Y tế:", lex) == set()


def test_bodies_after_an_opening_phrase_act_with_those_after_the_semicolon(lex):
    listed = (
        "Điều 3. Căn cứ các chỉ tiêu được giao, các sở, ban, ngành tỉnh; UBND các huyện, thị xã triển khai "
        "các chỉ tiêu đến các xã và báo cáo kết quả về UBND tỉnh."
    )
    assert roles(listed, lex) == {
        ("PROVINCIAL_AGENCIES", "implement"),
        ("PROVINCIAL_AGENCIES", "report"),
        ("DISTRICT_PCS", "implement"),
        ("DISTRICT_PCS", "report"),
    }
    # a clause with a task of its own is no list: each body keeps its own clause
    tasks = "Theo kế hoạch, Sở Y tế chủ trì; Sở Tài chính bảo đảm kinh phí."
    assert roles(tasks, lex) == {("DOH", "lead"), ("DOF", "implement")}


def test_the_party_committee_whose_units_are_asked_is_no_member_of_the_list(lex):
    asked = (
        "Tỉnh ủy yêu cầu các đảng ủy trực thuộc Tỉnh ủy, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội "
        "quán triệt kết luận của hội nghị."
    )
    assert roles(asked, lex) == {("FATHERLAND_FRONT", "implement")}


def test_those_a_meeting_heard_present_and_a_body_asked_there_still_acts(lex):
    heard = (
        "Phiên họp đã nghe đại diện Sở Tài chính báo cáo tình hình thu chi ngân sách 9 tháng. Sở Xây dựng "
        "báo cáo tiến độ các công trình trọng điểm. Cục Thống kê tỉnh phân tích số liệu và dự báo quý IV."
    )
    assert roles(heard, lex) == set()
    asked = (
        "Hội nghị đã nghe Sở Y tế báo cáo công tác phòng dịch. Chủ tịch UBND tỉnh yêu cầu Sở Y tế báo cáo "
        "kết quả tiêm chủng trước ngày 20/12/2024."
    )
    assert roles(asked, lex) == {("DOH", "report")}
    # in another paragraph the department's report is a duty again
    assert roles("Sở Xây dựng báo cáo UBND tỉnh tiến độ các công trình hằng tháng.", lex) == {("DOC", "report")}


def test_work_credited_with_its_results_is_a_review(lex):
    review = (
        "Trong năm, Tỉnh ủy, HĐND tỉnh, UBND tỉnh và các địa phương nỗ lực vượt khó, tập trung tháo gỡ "
        "vướng mắc cho doanh nghiệp, nhờ đó kinh tế của tỉnh tăng trưởng khá."
    )
    assert roles(review, lex) == set()
    plain = "Trong năm, UBND các huyện tập trung tháo gỡ vướng mắc cho doanh nghiệp."
    assert roles(plain, lex) == {("DISTRICT_PCS", "implement")}


def test_an_assignment_to_each_agency(lex):
    given = "Tại hội nghị, UBND tỉnh phân giao chỉ tiêu năm 2026 cho từng sở, ban, ngành."
    assert roles(given, lex) == {("PROVINCIAL_AGENCIES", "lead")}


def test_a_publishers_excerpt_an_interview_and_a_deputys_request_are_narration(lex):
    excerpt = "Đài PT-TH tỉnh xin trích đăng các chỉ tiêu chủ yếu của tỉnh phấn đấu thực hiện năm 2024."
    assert roles(excerpt, lex) == set()
    interview = "Phóng viên đã có cuộc trao đổi với Quyền Chủ tịch UBND tỉnh về kết quả năm 2024."
    assert roles(interview, lex) == set()
    deputy = "Đại biểu đề nghị UBND tỉnh làm rõ thêm một số nội dung trong báo cáo tại kỳ họp."
    assert roles(deputy, lex) == set()
    # the council asks: the committee acts
    council = "HĐND tỉnh đề nghị UBND tỉnh làm rõ nguyên nhân chậm giải ngân."
    assert roles(council, lex) == {("PPC", "implement")}


def test_a_subjectless_sentence_opening_with_a_schedule_goes_on_with_the_actors(lex):
    text = "Sở Y tế triển khai tiêm chủng tại các xã. Định kỳ báo cáo kết quả về UBND tỉnh."
    assert roles(text, lex) == {("DOH", "implement"), ("DOH", "report")}
    # a sentence that opens with the noun is no duty
    noun = "Sở Y tế triển khai tiêm chủng tại các xã. Báo cáo cho thấy tỷ lệ tiêm chủng đạt 95%."
    assert roles(noun, lex) == {("DOH", "implement")}
    # nor is one in another paragraph
    apart = "Sở Y tế triển khai tiêm chủng tại các xã.\nĐịnh kỳ báo cáo kết quả về UBND tỉnh."
    assert roles(apart, lex) == {("DOH", "implement")}
