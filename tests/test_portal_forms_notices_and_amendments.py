"""Portal date lines with a toolbar, issuer codes, lists of bodies, notices, amendments and
purpose clauses, each written here in our own words (forms met on real pages)."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import published_date

TOOLBAR_PAGE = (
    "Cổng thông tin điện tử tỉnh\n"
    "Tin hoạt động >> Kinh tế\n"
    "Triển khai nghị quyết của Hội đồng nhân dân tỉnh về giảm nghèo\n"
    "14/03/2019 08:05:12 Xem cỡ chữ Google\n"
    "Ủy ban nhân dân tỉnh vừa có văn bản triển khai nghị quyết về giảm nghèo bền vững trên địa bàn.\n"
)


def test_a_date_line_that_goes_on_with_the_portals_toolbar_dates_the_page(lex):
    assert published_date(TOOLBAR_PAGE, None, lex) == dt.date(2019, 3, 14)
    # a bare date followed by words that are no toolbar's makes the line a sentence, not a date
    # line (a date with its clock time is a stamp whatever follows it: round 31,
    # tests/test_ingest_time_stamped_date_lines.py)
    sentence = TOOLBAR_PAGE.replace(
        "14/03/2019 08:05:12 Xem cỡ chữ Google", "14/03/2019 Hội nghị tổng kết công tác năm"
    )
    assert published_date(sentence, None, lex) is None


def test_the_committees_older_issuer_code_is_the_committees(lex):
    from pipelines.extract.documents import document_rows

    text = (
        "UBND TỈNH\nSố: 07/CT-UB\nngày 3 tháng 2 năm 2003\n\nCHỈ THỊ\nV/v tổng kết công tác năm\n"
        "Căn cứ Quyết định số 15/QĐ-UB ngày 10/01/2003 của UBND tỉnh, các sở tổng kết công tác năm.\n"
    )
    issuers = {r["doc_number"]: r["issuer"] for r in document_rows("a", text, "33", lex)}
    assert issuers == {"07/CT-UB": "provincial_peoples_committee", "15/QĐ-UB": "provincial_peoples_committee"}


def test_a_plural_member_without_a_code_does_not_end_the_list_of_bodies_directed(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = (
        "Chủ tịch UBND tỉnh có văn bản chỉ đạo các sở, ban, ngành, các đơn vị sự nghiệp, "
        "UBND các xã, phường về kế hoạch tăng trưởng năm 2026."
    )
    assert cited_roles(text, lex, "33") == {("PROVINCIAL_AGENCIES", "implement"), ("COMMUNE_PCS", "implement")}
    # a member that carries a role cue is a clause of its own: the body after it is not in the run
    split = "UBND tỉnh giao Sở Y tế chủ trì, các đơn vị phối hợp, Sở Tài chính bảo đảm kinh phí."
    assert cited_roles(split, lex, "33") == {("DOH", "lead"), ("DOF", "implement")}


def test_the_commune_level_named_by_its_administrative_units(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = "UBND tỉnh yêu cầu các sở, ngành, UBND các đơn vị hành chính cấp xã chủ động rà soát các chỉ tiêu."
    assert cited_roles(text, lex, "33") == {("PROVINCIAL_AGENCIES", "implement"), ("COMMUNE_PCS", "implement")}


def _periods(text: str, lex) -> dict[str, tuple]:
    from pipelines.extract.documents import document_rows

    return {
        r["doc_number"]: (r["period_start"], r["period_end"], r["vision_year"])
        for r in document_rows("a", text, "33", lex)
    }


def test_a_decision_approving_a_plan_with_a_horizon_takes_the_horizon(lex):
    text = (
        "Bộ trưởng đồng ý cho tỉnh rà soát Quy hoạch phát triển du lịch của tỉnh thời kỳ đến năm 2025 "
        "đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 215/QĐ-TTg ngày 12/02/2014."
    )
    assert _periods(text, lex)["215/QĐ-TTg"] == (None, 2025, None)


def test_a_decision_approving_the_task_of_making_a_plan_takes_no_period(lex):
    text = (
        "Ủy ban nhân dân tỉnh đã lập xong Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 theo "
        "nhiệm vụ lập quy hoạch được Thủ tướng Chính phủ phê duyệt tại Quyết định số 807/QĐ-TTg ngày 20/6/2020."
    )
    assert _periods(text, lex)["807/QĐ-TTg"] == (None, None, None)
    # without the task in between the plan is the one approved (session 23)
    plan = text.replace(" theo nhiệm vụ lập quy hoạch", ",")
    plan = plan.replace("lập xong Quy hoạch", "trình Quy hoạch").replace("2050,", "2050")
    assert _periods(plan, lex)["807/QĐ-TTg"] == (2021, 2030, 2050)


def test_a_distance_in_the_provinces_description_is_no_target(lex, units):
    from tests.helpers.indicator_rows import sorted_row_keys as rows

    text = (
        "Họp báo cuối năm\n\nTrong năm 2023, dự kiến GRDP của tỉnh tăng từ 6,5% - 7,2%.\n\n"
        "Tỉnh nằm ở phía nam, diện tích tự nhiên hơn 2.000 km2. Cách trung tâm thành phố Cần Thơ 45 km, "
        "tỉnh là đầu mối giao thương của vùng."
    )
    assert rows(text, lex, units, published_year=2022) == [("GRDP_GROWTH", "between", 6.5, 7.2, 2023)]


def test_a_purpose_clause_with_its_year_before_the_value_in_words_sets_no_target(lex, units):
    from tests.helpers.indicator_rows import sorted_row_keys as rows

    purpose = (
        "Triển khai kế hoạch năm 2026\n\nUBND tỉnh yêu cầu các sở, ngành đổi mới cách làm, hành động "
        "quyết liệt để tăng trưởng năm 2026 đạt hai con số, tạo đà cho giai đoạn mới."
    )
    assert rows(purpose, lex, units, published_year=2025) == []
    # the aim set outright still is GRDP growth of 10% or more (CONVENTIONS)
    aim = "Triển khai kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt hai con số."
    assert rows(aim, lex, units, published_year=2025) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_the_communes_a_programme_works_in_are_its_reach_not_a_target(lex, units):
    from tests.helpers.indicator_rows import sorted_row_keys as rows

    reach = (
        "Triển khai nghị quyết về dân số\n\nHĐND tỉnh đã thông qua Nghị quyết điều chỉnh Đề án chăm sóc "
        "sức khỏe sinh sản tại 45 xã vùng cao của tỉnh giai đoạn 2021 - 2025."
    )
    assert rows(reach, lex, units, published_year=2021) == []


def test_a_notices_closing_formula_gives_the_bodies_told_the_work_not_the_office(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = (
        "Văn phòng Chính phủ xin thông báo để Ủy ban nhân dân thành phố Đà Nẵng và các bộ, cơ quan liên quan "
        "biết, thực hiện."
    )
    assert cited_roles(text, lex, "48") == {("PPC", "implement"), ("CENTRAL_AGENCIES", "implement")}
    # the purpose of the one reported to is still no task
    told = "Sở Tài chính báo cáo những vướng mắc để UBND tỉnh chỉ đạo tháo gỡ."
    assert cited_roles(told, lex, "48") == {("DOF", "report")}


def test_a_department_that_chaired_a_working_session_told_in_the_past_leads_nothing(lex):
    from tests.helpers.assignment_roles import cited_roles

    told = (
        "Chiều ngày 12/3/2019, Sở Công Thương đã chủ trì, phối hợp cùng các sở, ngành và một số doanh nghiệp "
        "có buổi làm việc về tình hình sản xuất."
    )
    assert cited_roles(told, lex, "33") == set()
    # also when a ';' parts the names it worked with before the meeting's noun
    listed = told.replace("các sở, ngành và một số doanh nghiệp", "các sở, ngành; Công ty Điện lực tỉnh")
    assert cited_roles(listed, lex, "33") == set()
    # a lead asked for the future, even of a meeting, still leads
    asked = "Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành tổ chức hội nghị sơ kết."
    assert cited_roles(asked, lex, "33") == {("DOIT", "lead"), ("PROVINCIAL_AGENCIES", "support")}


def test_support_received_named_with_nouns_is_no_task(lex):
    from tests.helpers.assignment_roles import cited_roles

    thanks = (
        "Đề án đã nhận được sự quan tâm của các bộ, ngành Trung ương; sự chỉ đạo của Hội đồng nhân dân, "
        "Ủy ban nhân dân tỉnh; sự phối hợp chặt chẽ của các cơ quan, tổ chức và nhân dân."
    )
    assert cited_roles(thanks, lex, "33") == set()


def test_a_resolution_amending_another_does_not_share_its_title(lex):
    text = (
        "Ngày 10/12/2019, HĐND tỉnh đã thông qua Nghị quyết số 21/2019/NQ-HĐND sửa đổi, bổ sung Điều 2 của "
        "Nghị quyết số 15/2016/NQ-HĐND ngày 12/7/2016 của HĐND tỉnh về hỗ trợ phát triển hợp tác xã giai đoạn "
        "2016 - 2020."
    )
    found = _periods(text, lex)
    assert found["21/2019/NQ-HĐND"] == (None, None, None)
    assert found["15/2016/NQ-HĐND"] == (2016, 2020, None)
    # two texts listed before one title still share it
    listed = text.replace(" sửa đổi, bổ sung Điều 2 của", ", Nghị quyết số 30/2019/NQ-HĐND và")
    assert _periods(listed, lex)["21/2019/NQ-HĐND"] == (2016, 2020, None)


def test_line_breaks_saved_as_their_escapes_are_line_breaks(lex):
    from pipelines.ingest.articles import article_row

    raw = (
        "\\r\\n ỦY BAN NHÂN DÂN TỈNH | \\r\\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n"
        "\\r\\n Số: 12/KH-UBND \\r\\n | \\r\\n Hòa Bình, ngày 9 tháng 4 năm 2021 \\r\\n | \\r\\n"
        "Thực hiện Quyết định số 88/QĐ-TTg ngày 20/01/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành "
        "Kế hoạch phòng chống suy dinh dưỡng trẻ em như sau:\\r\\n1. Mục tiêu chung\\r\\n"
    )
    row = article_row("a-2021-b", raw.encode("utf-8"), None, lex)
    assert "\\r\\n" not in row["text"]
    assert row["published_date"] == dt.date(2021, 4, 9)


def test_a_day_stressed_as_a_point_dates_the_text_issued_on_it(lex):
    from pipelines.extract.documents import document_rows

    text = "Theo Sở Tài chính, ngay từ ngày 2/1/2024, UBND tỉnh đã ban hành Quyết định số 05/QĐ-UBND về giao dự toán."
    signed = {r["doc_number"]: r["signed_date"] for r in document_rows("a", text, "33", lex)}
    assert signed == {"05/QĐ-UBND": dt.date(2024, 1, 2)}
    # a plain bound still bounds a span: no signing date
    span = text.replace("ngay từ ngày", "từ ngày")
    assert {r["signed_date"] for r in document_rows("a", span, "33", lex)} == {None}


def test_the_body_that_submits_a_text_by_its_submission_advises(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = (
        "Ủy ban nhân dân tỉnh có Tờ trình số 41/TTr-UBND ngày 3 tháng 5 năm 2010 trình Thủ tướng Chính phủ "
        "xem xét, phê duyệt Đề án phát triển vùng kinh tế."
    )
    assert cited_roles(text, lex, "33") == {("PPC", "advise")}


def test_the_body_that_opens_the_paragraph_after_a_leaders_opinion_acts(lex):
    from tests.helpers.assignment_roles import cited_roles

    text = (
        "Xét đề nghị của Ủy ban nhân dân tỉnh (văn bản số 210/UBND-KT ngày 02 tháng 3 năm 2020), ý kiến của "
        "các Bộ: Tài chính, Xây dựng, Thủ tướng Chính phủ có ý kiến như sau:\n\n"
        "Ủy ban nhân dân tỉnh tổ chức rà soát quy hoạch chung đô thị; đồng thời lập quy hoạch phân khu.\n\n"
        "Các doanh nghiệp trong khu kinh tế đã đóng góp nhiều cho ngân sách."
    )
    assert cited_roles(text, lex, "33") == {("PPC", "advise"), ("PPC", "implement")}
