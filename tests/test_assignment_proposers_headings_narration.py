"""Bodies and roles of session 20 (sets 19 and 20): kinds of text, on short texts of our own.

Preamble proposers: a submission named after a report in a clause that weighs documents, two
document nouns with one owner, and a council named only in the subject of the submission.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_submission_named_after_a_report_is_proposed(lex):
    xet = (
        "Xét Báo cáo số 12/BC-UBND ngày 03 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh về tình hình năm 2024 "
        "và Tờ trình số 15/TTr-UBND ngày 03 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh về kế hoạch năm 2025;"
    )
    assert roles(xet, lex) == {("PPC", "advise")}
    after = (
        "Sau khi xem xét Báo cáo của Ủy ban nhân dân tỉnh về kết quả năm 2024 và Tờ trình số 9/TTr-UBND "
        "ngày 01 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh về nhiệm vụ năm 2025;"
    )
    assert roles(after, lex) == {("PPC", "advise")}
    # a report alone proposes nothing
    report = "Xét Báo cáo số 12/BC-UBND ngày 03 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh về tình hình năm 2024;"
    assert roles(report, lex) == set()


def test_two_document_nouns_with_one_owner(lex):
    both = "Xét Tờ trình và Báo cáo của Ủy ban nhân dân tỉnh về kế hoạch năm 2025; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách;"
    assert roles(both, lex) == {("PPC", "advise")}
    weighs = (
        "Trên cơ sở xem xét các báo cáo, tờ trình của Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh, "
        "báo cáo thẩm tra của các Ban của Hội đồng nhân dân tỉnh và ý kiến của đại biểu Hội đồng nhân dân tỉnh,"
    )
    assert roles(weighs, lex) == {("PCOUNCIL_STANDING", "advise"), ("PPC", "advise")}


def test_the_council_in_the_subject_of_a_submission_proposes_nothing(lex):
    draft = (
        "Xét Tờ trình số 40/TTr-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về việc thông qua dự thảo "
        "Nghị quyết về kế hoạch năm 2025 của Hội đồng nhân dân tỉnh, Báo cáo thẩm tra của các ban của Hội đồng nhân dân tỉnh;"
    )
    assert roles(draft, lex) == {("PPC", "advise")}
    asks = (
        "Xét Tờ trình số 41/TTr-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về việc trình Hội đồng nhân "
        "dân tỉnh thông qua Nghị quyết về kế hoạch năm 2025;"
    )
    assert roles(asks, lex) == {("PPC", "advise")}
    # a second proposer joined to the first, or named with its own proposal, still advises
    two = "Theo đề nghị của Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ."
    assert roles(two, lex) == {("DOF", "advise"), ("DOHA", "advise")}
    again = "Xét đề nghị của Sở Tài chính tại Tờ trình số 7/TTr-STC và đề nghị của Sở Nội vụ tại Tờ trình số 8/TTr-SNV."
    assert roles(again, lex) == {("DOF", "advise"), ("DOHA", "advise")}


def test_collectives_written_in_other_words(lex):
    heads = (
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng cơ quan chuyên môn và cơ quan, đơn vị thuộc UBND tỉnh rà soát kế hoạch."
    )
    assert roles(heads, lex) == {("PROVINCIAL_AGENCIES", "implement")}
    # agencies, units and localities name no level: no body (CONVENTIONS, ruled in session 24)
    leaders = "Người đứng đầu các cơ quan, đơn vị, địa phương triển khai ngay các giải pháp đã đề ra."
    assert roles(leaders, lex) == set()


def test_the_statistics_office_without_the_province(lex):
    text = "Sở Tài chính chủ trì, phối hợp Cục Thống kê đánh giá tình hình thực hiện kế hoạch hằng quý."
    assert roles(text, lex) == {("DOF", "lead"), ("STATISTICS_OFFICE", "support")}


def test_a_heading_that_gives_a_body_its_tasks(lex):
    text = (
        "2. Giao Sở Tài chính:\n"
        "- Cụ thể hóa các mục tiêu của kế hoạch bằng kế hoạch từng năm.\n"
        "- Chủ trì, phối hợp với Sở Xây dựng rà soát danh mục dự án; định kỳ báo cáo UBND tỉnh.\n"
        "3. Sở Nội vụ triển khai việc sắp xếp tổ chức bộ máy.\n"
    )
    rows = roles(text, lex)
    assert rows == {("DOF", "lead"), ("DOF", "report"), ("DOC", "support"), ("DOHA", "implement")}


def test_a_lettered_item_under_an_unpunctuated_heading_is_a_heading(lex):
    text = (
        "1. Giao chỉ tiêu kế hoạch và điều hành việc thực hiện kế hoạch\n"
        "a) Giám đốc Sở Tài chính:\n"
        "- Thông báo chỉ tiêu kế hoạch của các sở, ngành.\n"
        "- Chủ trì, phối hợp các sở, ngành liên quan đánh giá tình hình thực hiện kế hoạch.\n"
    )
    assert roles(text, lex) == {("DOF", "implement"), ("DOF", "lead"), ("PROVINCIAL_AGENCIES", "support")}


def test_a_person_named_before_their_titles_is_reported_on(lex):
    caption = "Đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh báo cáo\n"
    assert roles(caption, lex) == set()
    # the department that such a speaker asks still acts
    asks = "Đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh ủy yêu cầu Sở Y tế báo cáo UBND tỉnh trước ngày 10/01/2025."
    assert roles(asks, lex) == {("DOH", "report")}


def test_a_person_named_after_an_opening_phrase_is_reported_on(lex):
    speech = (
        "Phát biểu chỉ đạo tại đại hội, ông Trần Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy Hà Giang, đề nghị "
        "Đảng bộ xã Minh Tân tập trung thực hiện một số nhiệm vụ trọng tâm."
    )
    assert roles(speech, lex) == set()
    # the department that such a speaker asks still acts
    asks = (
        "Phát biểu tại hội nghị, bà Lò Thị Mai, Phó Chủ tịch UBND tỉnh, đề nghị Sở Y tế tập trung thực hiện nhiệm vụ."
    )
    assert roles(asks, lex) == {("DOH", "implement")}


def test_an_earlier_year_set_off_before_the_subject_narrates(lex):
    past = (
        "Theo báo cáo của Tỉnh ủy, ngay từ đầu năm 2023, Tỉnh ủy, Ban Thường vụ Tỉnh ủy tập trung "
        "xây dựng các chương trình để triển khai thực hiện các chỉ tiêu."
    )
    assert cited_roles(past, lex, "72", 2024) == set()
    # a year not yet past keeps the work
    coming = "Theo kế hoạch, từ đầu năm 2025, Sở Y tế triển khai tiêm chủng mở rộng."
    assert cited_roles(coming, lex, "72", 2024) == {("DOH", "implement")}
    # an undated page placed by a scraper's month marker is dated by it
    marked = "date 2024-01 " + past
    assert cited_roles(marked, lex, "72") == set()


def test_a_council_that_trusts_and_asks_only_asks(lex):
    text = "HĐND tỉnh tin tưởng và đề nghị các sở, ban, ngành triển khai đồng bộ các giải pháp."
    assert roles(text, lex) == {("PROVINCIAL_AGENCIES", "implement")}
    # with no body asked, the council is given nothing
    wish = "HĐND tỉnh tin tưởng và đề nghị các cấp, các ngành cùng chung sức triển khai thực hiện các giải pháp."
    assert roles(wish, lex) == set()


def test_the_council_a_report_is_for_is_given_nothing(lex):
    text = "Giao UBND tỉnh tổ chức thực hiện và định kỳ báo cáo kết quả thực hiện cho HĐND tỉnh."
    assert roles(text, lex) == {("PPC", "lead"), ("PPC", "report")}
    # the split form still gives the bodies after "cho" the task
    split = "Giao chỉ tiêu kế hoạch năm 2025 cho các sở, ngành, UBND các huyện."
    assert roles(split, lex) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}


def test_agencies_assigned_by_phan_cong(lex):
    text = "Kế hoạch xác định rõ các nhiệm vụ và phân công cụ thể cho các sở, ban, ngành nhằm tổ chức thực hiện."
    assert roles(text, lex) == {("PROVINCIAL_AGENCIES", "lead")}
    # another verb before "cho" gives no task: the committee issues its plan
    issued = (
        "Thực hiện Quyết định số 21/QĐ-UBND của UBND tỉnh về phân cấp quản lý cho chính quyền cấp xã, "
        "UBND tỉnh ban hành Kế hoạch như sau:"
    )
    assert roles(issued, lex) == set()


def test_a_municipality_names_its_committee_without_its_name(lex):
    text = "Xét Tờ trình số 25/TTr-UBND ngày 01 tháng 12 năm 2025 của Ủy ban nhân dân thành phố về kế hoạch năm 2026;"
    assert roles(text, lex, "48") == {("PPC", "advise")}
    both = "Trên cơ sở xem xét các báo cáo, tờ trình của Thường trực Hội đồng nhân dân (HĐND) thành phố, Ủy ban nhân dân (UBND) thành phố;"
    assert roles(both, lex, "01") == {("PCOUNCIL_STANDING", "advise"), ("PPC", "advise")}
    # on a province's page, or with a city's name after it, it is a city's committee
    assert roles(text, lex, "40") == set()
    assert roles("Giao UBND thành phố Vinh triển khai kế hoạch.", lex, "40") != {("PPC", "lead")}
    assert ("PPC", "lead") not in roles("Giao UBND thành phố Hạ Long triển khai kế hoạch.", lex, "01")


def test_the_agent_of_a_passive_after_a_setting_is_no_actor(lex):
    text = "Các chỉ tiêu năm 2025 vừa được Kỳ họp thứ 12, HĐND tỉnh thông qua với quyết tâm cao để hoàn thành."
    assert roles(text, lex) == set()
    # a body that acts after a comma is still read
    acts = "Kế hoạch được ban hành, Sở Y tế triển khai thực hiện ngay."
    assert roles(acts, lex) == {("DOH", "implement")}
