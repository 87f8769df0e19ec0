"""Assignments on texts of our own (session 23, set 25): the units under the people's committee
in a list of assignees; a deadline written without its year; a news agency's tag before a dated
event lead."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_the_units_under_the_peoples_committee_keep_the_list_of_assignees_whole(lex):
    text = (
        "Điều 1. Giao các sở, ban, ngành, các đơn vị trực thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện, "
        "thành phố, các doanh nghiệp nhà nước thuộc tỉnh chỉ tiêu kế hoạch năm 2021."
    )
    assert roles(text, lex) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}


def test_a_deadline_without_its_year_is_read_forward_from_the_page_date(lex):
    import datetime as dt

    from pipelines.extract.assignments import assignment_rows
    from pipelines.text.segment import paragraphs

    text = "Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thiện dự thảo, gửi về Sở Tài chính trước ngày 10/5."

    def deadlines(page: dt.date | None, year: int | None) -> set:
        rows, _ = assignment_rows("t", text, paragraphs(text), "42", lex, year, page_date=page)
        return {r["deadline"] for r in rows}

    assert deadlines(dt.date(2024, 4, 24), 2024) == {dt.date(2024, 5, 10)}
    assert deadlines(dt.date(2024, 12, 20), 2024) == {dt.date(2025, 5, 10)}
    assert deadlines(None, 2023) == {dt.date(2023, 5, 10)}
    assert deadlines(None, None) == {None}  # no year known: no deadline


def test_a_news_agencys_tag_before_the_day_of_an_event_keeps_it_an_event(lex):
    tagged = "(BTN) - Ngày 24/4, UBND tỉnh tổ chức cuộc họp rà soát các nội dung triển khai Quy hoạch tỉnh."
    assert roles(tagged, lex) == set()
    plain = "BTN - Sáng 13/11, UBND tỉnh tổ chức cuộc họp bàn các nội dung triển khai kế hoạch năm."
    assert roles(plain, lex) == set()
    # the same work without the event's day is a task
    assert ("PPC", "implement") in roles("(BTN) - UBND tỉnh tổ chức triển khai Quy hoạch tỉnh.", lex)


def test_an_assignment_named_as_a_documents_subject_gives_no_lead(lex):
    text = (
        "Phó Chủ tịch UBND tỉnh trình bày quyết định của UBND tỉnh về giao chỉ tiêu kế hoạch năm 2024 cho các "
        "sở, ngành, UBND các huyện và các doanh nghiệp nhà nước."
    )
    assert roles(text, lex) == set()
    given = "Giao chỉ tiêu kế hoạch năm 2024 cho các sở, ngành, UBND các huyện."
    assert roles(given, lex) == {("PROVINCIAL_AGENCIES", "lead"), ("DISTRICT_PCS", "lead")}


def test_reports_owned_by_bodies_in_a_preamble_give_no_report_duty(lex):
    text = (
        "Trên cơ sở xem xét báo cáo của Tòa án nhân dân, Viện Kiểm sát nhân dân, ý kiến của Ủy ban Mặt trận Tổ "
        "quốc, báo cáo thẩm tra của các Ban của Hội đồng nhân dân tỉnh,"
    )
    assert roles(text, lex) == set()
    assert roles("Sở Y tế báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12/2024.", lex) == {("DOH", "report")}


def test_a_yearly_deadline_without_a_year_has_no_one_date(lex):
    import datetime as dt

    from pipelines.extract.assignments import assignment_rows
    from pipelines.text.segment import paragraphs

    text = "Các sở, ngành báo cáo kết quả về Sở Tài chính trước ngày 15/12 hằng năm để tổng hợp."
    rows, _ = assignment_rows("t", text, paragraphs(text), "42", lex, 2025, page_date=dt.date(2025, 3, 1))
    assert {r["deadline"] for r in rows} == {None}
