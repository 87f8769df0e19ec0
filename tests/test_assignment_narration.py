"""Bodies a news page or a legal text names without giving them work (issue 8, precision).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: a speaker's headline, a report presented at a meeting, "báo cáo" as a noun, a proper name
that holds a cue word, the author announcing its own plan, a council that endorses, a body that
"will issue", and the bodies a directive names at the start of the following sentences.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_speakers_headline_is_no_section_heading(lex):
    text = "Phó Chủ tịch UBND tỉnh: Các xã cần triển khai sớm các công trình đã có vốn"
    assert roles(text, lex) == set()
    marked = "2. Sở Xây dựng: Triển khai sớm các công trình đã có vốn."
    assert roles(marked, lex) == {("DOC", "implement")}


def test_a_report_presented_at_a_meeting_is_no_duty(lex):
    text = "Ông Lê Văn Hải – Phó Chủ tịch UBND tỉnh – đã báo cáo tình hình kinh tế - xã hội quý I tại kỳ họp."
    assert roles(text, lex) == set()
    duty = "Sở Tài chính định kỳ báo cáo UBND tỉnh tình hình giải ngân."
    assert roles(duty, lex) == {("DOF", "report")}


def test_a_counted_or_quantified_report_is_a_noun(lex):
    counted = "HĐND tỉnh xem xét, cho ý kiến đối với 18 báo cáo và 22 tờ trình tại kỳ họp."
    assert roles(counted, lex) == set()
    plural = "Đại biểu HĐND tỉnh thảo luận các báo cáo của Sở Y tế về công tác khám chữa bệnh."
    assert roles(plural, lex) == set()
    author = "Theo báo cáo của Sở Y tế, năm 2025 toàn tỉnh có thêm 3 trạm y tế đạt chuẩn."
    assert roles(author, lex) == set()


def test_a_capitalised_cue_inside_a_proper_name_is_no_cue(lex):
    text = "tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Cục Thi hành án dân sự"
    assert roles(text, lex) == set()
    opening = "Điều 3. Giao Sở Y tế chủ trì thực hiện."
    assert roles(opening, lex) == {("DOH", "lead")}


def test_the_author_announcing_its_plan_is_assigned_nothing(lex):
    text = "UBND tỉnh Phú Yên xây dựng Kế hoạch phát triển kinh tế - xã hội năm 2026 như sau:"
    assert roles(text, lex) == set()
    estimate = "UBND tỉnh đánh giá ước thực hiện Kế hoạch năm 2025 và dự kiến Kế hoạch năm 2026, cụ thể như sau:"
    assert roles(estimate, lex) == set()
    task = "UBND các huyện xây dựng kế hoạch của địa phương như sau:"
    assert roles(task, lex) == {("DISTRICT_PCS", "implement")}


def test_a_council_that_endorses_and_a_body_that_will_issue(lex):
    endorses = "Hội đồng nhân dân tỉnh tán thành nội dung đánh giá kết quả thực hiện kế hoạch năm 2025."
    assert roles(endorses, lex) == set()
    will_issue = "Tỉnh ủy sẽ ban hành chỉ thị nhằm thực hiện thắng lợi các mục tiêu của nhiệm kỳ."
    assert roles(will_issue, lex) == set()


def test_bodies_opening_the_sentences_after_a_directive_implement(lex):
    text = (
        "Ông Phạm Quốc Toàn chỉ đạo khẩn trương rà soát các quy hoạch. Trong đó, Sở Tài chính chủ trì "
        "cập nhật quy hoạch tỉnh. Sở Xây dựng đẩy nhanh việc lập quy hoạch phân khu. Ban Quản lý các "
        "khu công nghiệp tỉnh hoàn chỉnh hồ sơ thu hút đầu tư. Sở Y tế đã tổ chức tiêm chủng cho trẻ em."
    )
    assert roles(text, lex) == {("DOF", "lead"), ("DOC", "implement"), ("IZ_BOARD", "implement")}
    # the province's leadership directs, it is not directed
    leaders = "Chủ tịch UBND tỉnh yêu cầu rà soát các quy hoạch. UBND tỉnh cũng thống nhất lùi thời hạn nộp hồ sơ."
    assert roles(leaders, lex) == set()
    # without a directive earlier in the paragraph, a bare subject is only described
    described = "Sở Xây dựng đẩy nhanh việc lập quy hoạch phân khu."
    assert roles(described, lex) == set()


def test_a_subject_after_a_past_time_is_narrated(lex):
    text = "Năm qua, UBND tỉnh triển khai nhiều giải pháp hỗ trợ doanh nghiệp."
    assert roles(text, lex) == set()
    asked = "Năm 2026, UBND các huyện triển khai các giải pháp hỗ trợ doanh nghiệp."
    assert roles(asked, lex) == {("DISTRICT_PCS", "implement")}


def test_assignees_listed_across_a_semicolon_all_lead(lex):
    text = (
        "Điều 1. Giao kế hoạch năm 2025 cho các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, "
        "thành phố thực hiện."
    )
    assert roles(text, lex) == {
        ("PROVINCIAL_AGENCIES", "lead"),
        ("DISTRICT_PCS", "lead"),
        ("DISTRICT_PCS", "implement"),
    }
    tasks = "Giao Sở Y tế chủ trì tiêm chủng cho trẻ em; Sở Tài chính bảo đảm kinh phí."
    assert roles(tasks, lex) == {("DOH", "lead"), ("DOF", "implement")}


def test_a_national_body_at_work_is_reported_on_a_provincial_page(lex):
    text = (
        "Cả nước đang phục hồi nhanh. Chính phủ tiếp tục triển khai chương trình hỗ trợ doanh nghiệp và người lao động. "
        "Trên địa bàn tỉnh, UBND tỉnh giao Sở Tài chính chủ trì rà soát nguồn vốn."
    )
    assert roles(text, lex) == {("DOF", "lead")}
    # a national body that assigns still leaves the province's body its work
    assigns = "Chính phủ giao UBND tỉnh khẩn trương triển khai Kế hoạch."
    assert roles(assigns, lex) == {("PPC", "lead")}


def test_past_work_of_bodies_scoped_to_the_province_is_narrated(lex):
    # "trong tỉnh" is a scope, as "trên địa bàn tỉnh": the aspect marker after it still narrates
    text = "Ông Nguyễn Văn An cho rằng, các sở, ngành, địa phương trong tỉnh đã triển khai kịp thời các nhiệm vụ."
    assert cited_roles(text, lex, "51") == set()
