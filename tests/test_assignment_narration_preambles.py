"""Bodies that news pages and council preambles name without giving them work (issue 8, round 18).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: a named official reported on, a meeting chaired, a report listened to, a subject at a meeting
or in a lead dated by day and month, the page's headline, a court's name that holds a cue word,
an opinion beside a proposal, and agencies "under" the people's committee.
"""

from __future__ import annotations

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs
from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_named_official_is_reported_on(lex):
    absorbs = "Chủ tịch UBND tỉnh Bình Định Lê Văn Minh quán triệt kết luận của buổi làm việc."
    assert roles(absorbs, lex) == set()
    chairs = "Phó Chủ tịch UBND tỉnh Trần Thị Hoa chủ trì, điều hành phiên họp thường kỳ tháng 3."
    assert roles(chairs, lex) == set()
    # an official asked by name is asked
    asked = "Yêu cầu Giám đốc Sở Y tế Nguyễn Văn Bình báo cáo kết quả trước ngày 15/12."
    assert roles(asked, lex) == {("DOH", "report")}
    # a body named without a person keeps its cue
    told = "Chủ tịch UBND các huyện tuyên truyền kế hoạch đến người dân."
    assert roles(told, lex) == {("DISTRICT_PCS", "communicate")}
    # districts named one by one after a committee are no collective (CONVENTIONS session 33)
    district = "Yêu cầu UBND các huyện Tuy Phước, Phù Cát báo cáo kết quả trước ngày 15/12."
    assert roles(district, lex) == set()


def test_chairing_a_session_is_no_lead(lex):
    assert roles("Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 5.", lex) == set()
    assert roles("Sở Xây dựng chủ trì rà soát quy hoạch chung đô thị.", lex) == {("DOC", "lead")}


def test_listening_to_a_report_is_no_report(lex):
    assert roles("Lãnh đạo UBND tỉnh nghe báo cáo tiến độ lập quy hoạch tỉnh.", lex) == set()
    duty = "Sở Tài chính báo cáo UBND tỉnh tiến độ giải ngân vốn đầu tư công."
    assert roles(duty, lex) == {("DOF", "report")}


def test_a_subject_at_a_meeting_is_narrated(lex):
    text = "Tại phiên họp, lãnh đạo Sở Tài chính báo cáo kết quả thu ngân sách 6 tháng đầu năm."
    assert roles(text, lex) == set()
    # a body asked at the meeting is asked, not narrated
    asked = "Tại hội nghị, Chủ tịch UBND tỉnh yêu cầu Sở Công Thương báo cáo tình hình cung ứng điện trước ngày 20/6."
    assert roles(asked, lex) == {("DOIT", "report")}


def test_a_lead_dated_by_day_and_month_is_narrated(lex):
    text = "Sáng 2/7, Sở Tài chính báo cáo kết quả thu ngân sách 6 tháng đầu năm."
    assert roles(text, lex) == set()
    heard = "Chiều 12/3, Chủ tịch UBND tỉnh họp, nghe báo cáo tình hình thu ngân sách quý I."
    assert roles(heard, lex) == set()
    duty = "Sở Tài chính báo cáo kết quả thu ngân sách 6 tháng đầu năm về UBND tỉnh."
    assert roles(duty, lex) == {("DOF", "report")}


def test_the_headline_names_no_duty(lex):
    title = "UBND tỉnh triển khai nhiệm vụ năm 2025"
    text = f"{title}\n\nChiều 10/1, hội nghị tổng kết công tác năm 2024 diễn ra tại trụ sở UBND tỉnh."
    rows, _ = assignment_rows("t", text, paragraphs(text), "42", lex, 2025, title=title)
    assert rows == []
    # a line that only looks like a headline still assigns when it is not the page's title
    rows, _ = assignment_rows("t", text, paragraphs(text), "42", lex, 2025, title="Hội nghị tổng kết")
    assert {r["role"] for r in rows} == {"implement"}
    # a page without a headline line is titled by its lead, which still assigns
    lead = "Sở Y tế triển khai tiêm chủng mở rộng cho trẻ em trong năm 2025."
    rows, _ = assignment_rows("t", lead, paragraphs(lead), "42", lex, 2025, title=lead.rstrip("."))
    assert {r["role"] for r in rows} == {"implement"}


def test_a_capitalised_cue_after_a_comma_is_part_of_a_name(lex):
    text = (
        "Xét Báo cáo của các cơ quan: Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh, Thi hành án "
        "dân sự tỉnh, trình tại kỳ họp; Báo cáo thẩm tra của các Ban HĐND tỉnh."
    )
    assert roles(text, lex) == set()


def test_an_opinion_beside_a_proposal_proposes_nothing(lex):
    text = (
        "Theo đề nghị của Giám đốc Sở Tài chính tại Công văn số 12/STC-NS ngày 09/01/2024 và ý kiến "
        "của thành viên UBND tỉnh tại phiên họp thường kỳ."
    )
    assert roles(text, lex) == {("DOF", "advise")}
    two = (
        "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 5/TTr-SYT ngày 02/01/2024 và Giám đốc Sở "
        "Tài chính tại Tờ trình số 7/TTr-STC ngày 03/01/2024."
    )
    assert roles(two, lex) == {("DOH", "advise"), ("DOF", "advise")}
    appraised = (
        "Theo đề nghị của Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày 02/01/2024 và Báo cáo thẩm định số "
        "3/BC-STP của Sở Tư pháp."
    )
    assert roles(appraised, lex) == {("DOHA", "advise")}


def test_agencies_under_the_committee_are_one_name(lex):
    given = (
        "Điều 1. Giao kế hoạch năm 2025 cho các sở, ban ngành, đơn vị trực thuộc UBND tỉnh và UBND các "
        "huyện, thị xã, thành phố."
    )
    assert roles(given, lex) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}
    acting = (
        "Thủ trưởng các sở, ban ngành, đơn vị trực thuộc UBND tỉnh, Chủ tịch UBND các huyện, thị xã, "
        "thành phố triển khai giao chỉ tiêu cho các đơn vị trực thuộc."
    )
    assert roles(acting, lex) == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}
    helped = "Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị trực thuộc UBND tỉnh rà soát tài sản công."
    assert roles(helped, lex) == {("DOF", "lead"), ("PROVINCIAL_AGENCIES", "support")}


def test_a_subjectless_clause_goes_on_with_the_previous_actors(lex):
    advice = (
        "Sở Tài chính đang phối hợp với các đơn vị hoàn thiện dự toán ngân sách; tham mưu phương án "
        "bố trí tài sản công dôi dư."
    )
    assert roles(advice, lex) == set()  # advice carries to no body (session 43), the subject is narrated
    # a lead's advice is part of its lead
    led = "Giao Sở Tài chính chủ trì rà soát dự toán; tham mưu UBND tỉnh bố trí kinh phí."
    assert roles(led, lex) == {("DOF", "lead")}
    # a narrated subject keeps no duty
    past = "Sở Tài chính đã rà soát dự toán; báo cáo UBND tỉnh kết quả."
    assert roles(past, lex) == set()
    checks = (
        "Chủ tịch UBND các huyện triển khai giao chỉ tiêu cho các đơn vị trực thuộc; hướng dẫn, kiểm tra, "
        "đôn đốc các đơn vị tổ chức thực hiện."
    )
    assert roles(checks, lex) == {("DISTRICT_PCS", "implement"), ("DISTRICT_PCS", "monitor")}
