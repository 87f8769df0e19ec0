"""Document symbols, metadata and narrated meetings, on short texts of our own.

Article metadata: a hard-wrapped law's date is no date line; a portal's date printed into the
lead before its name and a dash; a province named by a folder of the address.
"""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import province, published_date, rules_of, url_province


def test_a_wrapped_line_with_a_laws_date_is_no_date_line(lex):
    text = (
        "NGHỊ QUYẾT\nVỀ KẾ HOẠCH NĂM NĂM CỦA TỈNH\nHỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương của Ủy\nban nhân dân ngày 19 tháng 6 năm 2015;\n"
        "Xét Tờ trình của Ủy ban nhân dân tỉnh về kế hoạch năm năm;\n"
    )
    assert published_date(text, None, lex) is None
    # a date line that opens with a curated date word in lower case still dates the page
    dated = (
        "Tỉnh giao kế hoạch năm 2016\nngày 05 tháng 01 năm 2016\n"
        + "Sở Tài chính báo cáo tình hình thu chi ngân sách của tỉnh trong năm qua và năm tới.\n"
    )
    assert published_date(dated, None, lex) == dt.date(2016, 1, 5)
    # a byline in lower case that ends on its date is still a date line
    byline = "Tỉnh giao kế hoạch năm 2016\nbởi admin 05/01/2016\n" + dated.split("\n", 2)[2]
    assert published_date(byline, None, lex) == dt.date(2016, 1, 5)


def test_a_portals_date_printed_into_the_lead_before_its_name(lex):
    text = (
        "Tỉnh bổ sung xã nông thôn mới\n\n"
        "14/07/2021 Sở TT&TT XY - Ngày 02 tháng 7 năm 2021, Ủy ban nhân dân tỉnh họp cho ý kiến về danh sách xã bổ sung.\n"
    )
    assert published_date(text, None, lex) == dt.date(2021, 7, 14)
    # a lead that opens with a date and goes on with its sentence has no source's name before a dash
    plain = (
        "Tỉnh bổ sung xã nông thôn mới\n\n"
        "14/07/2021 Ủy ban nhân dân tỉnh họp cho ý kiến về danh sách xã bổ sung - đợt hai của năm.\n"
    )
    assert published_date(plain, None, lex) is None


def test_a_folder_of_the_address_names_the_province(lex):
    names = rules_of(lex).url_names
    assert url_province("https://platform.example.vn/quangninh/hop-ban-can-su-dang", names) == "22"
    assert url_province("https://platform.example.vn/tin/hop-ban-can-su-dang", names) is None
    text = "Ban Cán sự Đảng UBND tỉnh họp cho ý kiến về dự thảo Chương trình hành động năm 2024."
    assert province(text, "https://platform.example.vn/hanam/?p=58", None, lex) == "35"


def test_a_dot_between_the_codes_of_a_number_is_kept(lex):
    from tests.helpers.document_rows import docs

    text = (
        "Căn cứ đề án phát triển nông nghiệp phê duyệt theo Quyết định số: 2210/QĐ.UBND-NN ngày 12/4/2011;\n"
        "Căn cứ quy hoạch vùng rau theo Quyết định số:\n905/QĐ.UBND.NN ngày 07/3/2010;\n"
        "Xét đề nghị của Sở Nông nghiệp và PTNT tại Báo cáo thẩm định số 318/BC- SNN.KHTC ngày 02/10/2012.\n"
    )
    found = docs(text, lex)
    assert set(found) == {"2210/QĐ.UBND-NN", "905/QĐ.UBND.NN", "318/BC-SNN.KHTC"}
    assert found["2210/QĐ.UBND-NN"][:3] == ("decision", "provincial_peoples_committee", "2011-04-12")
    assert found["318/BC-SNN.KHTC"][2] == "2012-10-02"
    # a sentence's full stop after a number is no code
    assert set(docs("Tỉnh ban hành Kế hoạch số 12/KH-UBND.Sau đó, các sở triển khai.", lex)) == {"12/KH-UBND"}


def test_the_noun_before_a_number_reads_an_ambiguous_code(lex):
    from tests.helpers.document_rows import docs

    programme = "Căn cứ Chương trình số 11-CT/TU ngày 03/8/2021 của Tỉnh ủy về thực hiện Nghị quyết Đại hội."
    assert docs(programme, lex)["11-CT/TU"][:2] == ("programme", "provincial_party_committee")
    directive = "Thực hiện Chỉ thị số 11-CT/TU ngày 03/8/2021 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo."
    assert docs(directive, lex)["11-CT/TU"][0] == "directive"
    # a noun whose initials differ keeps the code's type
    letter = "Theo Văn bản số 11/CT-UBND ngày 03/8/2021 của UBND tỉnh."
    assert docs(letter, lex)["11/CT-UBND"][0] == "directive"


def test_a_noun_that_qualifies_another_leaves_the_head_nouns_type(lex):
    from tests.helpers.document_rows import docs

    text = "Thực hiện Văn bản hướng dẫn số 20417/BTC-NSNN ngày 12/10/2025 của Bộ Tài chính về dự toán năm 2026."
    assert docs(text, lex)["20417/BTC-NSNN"][:2] == ("official_letter", "ministry")
    guidance = "Thực hiện Hướng dẫn số 20417/BTC-NSNN ngày 12/10/2025 của Bộ Tài chính."
    assert docs(guidance, lex)["20417/BTC-NSNN"][0] == "other"


# Assignments (cited_roles: every row's quote is checked against the text)


def test_a_meeting_chaired_at_its_time_gives_no_lead(lex):
    from tests.helpers.assignment_roles import cited_roles

    chaired = "Buổi họp do ông Lê Văn C – Chủ tịch UBND tỉnh chủ trì chiều ngày 09/11/2023."
    assert cited_roles(chaired, lex, "87") == set()
    # a lead given a task with a date still leads
    given = "Giao Sở Y tế chủ trì, trước ngày 5/12/2023 báo cáo UBND tỉnh kết quả kiểm tra."
    assert cited_roles(given, lex, "87") == {("DOH", "lead"), ("DOH", "report")}


def test_the_leadership_assessing_the_situation_does_no_work(lex):
    from tests.helpers.assignment_roles import cited_roles

    speaker = "Kết luận buổi họp, bà Trần Thị D, Chủ tịch UBND tỉnh, đánh giá sau nửa năm thực hiện bộ máy mới, tình hình cơ bản ổn định."
    assert cited_roles(speaker, lex, "92") == set()
    leaders = "Lãnh đạo UBND tỉnh đánh giá tiến độ thu ngân sách quý I cơ bản đạt dự toán được giao."
    assert cited_roles(leaders, lex, "92") == set()
    # a department that assesses acts; a committee asked to assess acts
    assert cited_roles("Sở Tài chính đánh giá tiến độ thu ngân sách, báo cáo UBND tỉnh.", lex, "92") == {
        ("DOF", "report")
    }
    asked = "HĐND tỉnh yêu cầu UBND tỉnh đánh giá kết quả thực hiện và báo cáo HĐND tỉnh tại kỳ họp cuối năm."
    assert cited_roles(asked, lex, "92") == {("PPC", "report")}


def test_a_proposal_weighed_on_its_basis_and_a_text_issued(lex):
    from tests.helpers.assignment_roles import cited_roles

    basis = (
        "Trên cơ sở đề nghị của Sở Nội vụ tại Văn bản số 210/SNV-TH ngày 03/11/2025; Chủ tịch UBND tỉnh yêu cầu "
        "Thủ trưởng các sở, ngành triển khai ngay các nhiệm vụ."
    )
    assert cited_roles(basis, lex, "42") == {("DOHA", "advise"), ("PROVINCIAL_AGENCIES", "implement")}
    issued = "Sau khi Chính phủ có Nghị quyết số 01/NQ-CP ngày 03/01/2020 về giải pháp thực hiện kế hoạch năm 2020."
    assert cited_roles(issued, lex, "42") == set()
    letter = "Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Thủ trưởng các sở, ngành khẩn trương triển khai thực hiện."
    assert cited_roles(letter, lex, "42") == {("PROVINCIAL_AGENCIES", "implement")}


def test_a_bracket_naming_bodies_for_short_adds_none(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = (
        "UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị cấp tỉnh, các cơ quan Trung ương "
        "trên địa bàn, Chủ tịch UBND các xã, phường (sau đây gọi tắt là các sở, ngành, địa phương) khẩn trương "
        "xây dựng kế hoạch của mình."
    )
    assert cited_roles(text, lex, "42") == {("PROVINCIAL_AGENCIES", "implement"), ("COMMUNE_PCS", "implement")}


def test_a_list_with_members_of_no_code_narrated_after_them(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = "Dịp cuối năm, các sở, ban, ngành, đơn vị, hợp tác xã đã hoàn thành nhiệm vụ bảo đảm hàng hóa."
    assert cited_roles(text, lex, "56") == set()
    asked = "Yêu cầu các sở, ngành, hợp tác xã đã được giao vốn khẩn trương giải ngân."
    assert cited_roles(asked, lex, "56") == {("PROVINCIAL_AGENCIES", "implement")}


def test_reports_weighed_at_a_session_and_the_purpose_of_the_one_reported_to(lex):
    from tests.helpers.assignment_roles import cited_roles

    session = (
        "Tại kỳ họp giữa năm, HĐND tỉnh sẽ xem xét thông qua nhiều nội dung, như xem xét, đánh giá báo cáo "
        "công tác 6 tháng của Thường trực HĐND tỉnh, UBND tỉnh."
    )
    assert cited_roles(session, lex, "80") == set()
    purpose = "Các ngành nêu rõ thuận lợi, khó khăn để UBND tỉnh định hướng giải pháp thực hiện trong quý tới."
    assert cited_roles(purpose, lex, "82") == set()
    compile_ = "Chủ tịch UBND tỉnh yêu cầu các sở, ngành góp ý để Sở Tài chính tổng hợp trình UBND tỉnh."
    assert cited_roles(compile_, lex, "82") == {("PROVINCIAL_AGENCIES", "implement"), ("DOF", "report")}
    speaker = "Chủ tịch UBND tỉnh gợi ý năm vấn đề cần tập trung là: đầu tư công, xây dựng nông thôn mới."
    assert cited_roles(speaker, lex, "82") == set()


def test_holding_a_meeting_a_role_in_apposition_and_attending_to_a_task(lex):
    from tests.helpers.assignment_roles import cited_roles

    meeting = "Ủy ban nhân dân tỉnh tổ chức cuộc họp để cho ý kiến về danh sách xã thực hiện nông thôn mới."
    assert cited_roles(meeting, lex, "89") == set()
    apposition = "Sở Tài chính - cơ quan chủ trì xây dựng Kịch bản tăng trưởng năm 2026 của tỉnh, đã gửi dự thảo."
    assert cited_roles(apposition, lex, "26") == {("DOF", "lead")}
    attend = "Đồng chí nhấn mạnh: Ban Thường vụ Tỉnh ủy cần chú trọng xây dựng hệ thống chính trị vững mạnh."
    assert cited_roles(attend, lex, "83") == {("PARTY_STANDING_BOARD", "implement")}
    assert cited_roles("Năm qua, Sở Y tế đã chú trọng đào tạo nhân lực.", lex, "83") == set()


def test_the_author_naming_its_text_then_asking_the_bodies_after_it(lex):
    from tests.helpers.assignment_roles import cited_roles

    author = (
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch hành động và yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch "
        "Ủy ban nhân dân các huyện, thị xã, thành phố triển khai các biện pháp sau:"
    )
    assert cited_roles(author, lex, "77") == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}
    # a department that works and asks others to help still acts
    works = "Sở Y tế triển khai kế hoạch phòng bệnh và đề nghị UBND các huyện phối hợp thực hiện."
    assert cited_roles(works, lex, "77") == {("DOH", "implement"), ("DISTRICT_PCS", "implement")}


def test_a_first_article_enacting_rules_gives_the_text_no_period(lex):
    from tests.helpers.document_rows import docs

    head = "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 11/2016/NQ-HĐND | Bình Phước, ngày 08 tháng 07 năm 2016 |\nQUYẾT NGHỊ:\n"
    rules = (
        head
        + "Điều 1. Ban hành kèm theo Nghị quyết này Quy định định mức phân bổ vốn sự nghiệp giai đoạn 2016 - 2020.\n"
    )
    assert docs(rules, lex, "70")["11/2016/NQ-HĐND"][3:5] == (None, None)
    plan = (
        head + "Điều 1. Ban hành kèm theo Nghị quyết này Kế hoạch phát triển kinh tế - xã hội giai đoạn 2016 - 2020.\n"
    )
    assert docs(plan, lex, "70")["11/2016/NQ-HĐND"][3:5] == (2016, 2020)


def test_tasks_given_down_to_each_department(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = "Chủ tịch UBND tỉnh giao nhiệm vụ tập trung cho tăng trưởng hai con số đến từng sở, ngành tại cuộc họp."
    assert cited_roles(text, lex, "79") == {("PROVINCIAL_AGENCIES", "lead")}
    named = "Chủ tịch UBND tỉnh giao nhiệm vụ cho Sở Y tế triển khai đến các sở, ngành."
    assert cited_roles(named, lex, "79") == {("DOH", "lead")}


def test_two_yearly_deadlines_without_a_year_have_no_one_date(lex):
    from pipelines.extract.assignments import assignment_rows
    from pipelines.text.segment import paragraphs

    text = "Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/6 và ngày 15/12 hằng năm."
    rows, _ = assignment_rows("t", text, paragraphs(text), "42", lex, 2025, page_date=dt.date(2025, 3, 1))
    assert {r["deadline"] for r in rows} == {None}
    once = "Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/6 và ngày 15/12."
    rows, _ = assignment_rows("t", once, paragraphs(once), "42", lex, 2025, page_date=dt.date(2025, 3, 1))
    assert {r["deadline"] for r in rows} == {dt.date(2025, 6, 15)}


def test_a_ministrys_letter_under_its_short_code(lex):
    from tests.helpers.document_rows import docs

    text = "Thực hiện Công văn số 812/LĐTBXH-BTXH ngày 05/4/2021 của Bộ Lao động - Thương binh và Xã hội về trợ giúp xã hội."
    assert docs(text, lex)["812/LĐTBXH-BTXH"][:3] == ("official_letter", "ministry", "2021-04-05")
