"""Lists of duties and of titled heads on legal pages (issue 8, round 22).

On short texts of our own, with the curated tables as they are: a body told its duties as a
list after "có trách nhiệm:", the items set off by ';' and maybe hard-wrapped, carries every
item's roles; a department-level office named by its head's title ("Cục trưởng Cục ...") stays
in the list of bodies it is written in.
"""

from __future__ import annotations

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs
from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "77") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_every_item_of_a_list_of_duties_carries_the_bodies(lex):
    duties = (
        "Các sở, ban, ngành có trách nhiệm: tổ chức triển khai thực hiện kế hoạch; "
        "theo dõi việc thực hiện, đề xuất giải pháp và báo cáo kết quả hằng năm."
    )
    assert roles(duties, lex) == {
        ("PROVINCIAL_AGENCIES", "implement"),
        ("PROVINCIAL_AGENCIES", "monitor"),
        ("PROVINCIAL_AGENCIES", "advise"),
        ("PROVINCIAL_AGENCIES", "report"),
    }
    # an item that opens with no task verb ends the list's reach
    other = "Các sở, ban, ngành có trách nhiệm: tổ chức triển khai thực hiện kế hoạch; kinh phí do ngân sách bảo đảm và báo cáo."
    assert roles(other, lex) == {("PROVINCIAL_AGENCIES", "implement")}


def test_a_list_of_duties_hard_wrapped_after_a_semicolon_goes_on(lex):
    text = (
        "Điều 2. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện có trách nhiệm: Tổ chức\n"
        "triển khai thực hiện kế hoạch được phê duyệt tại Điều 1 của quyết định;\n"
        "theo dõi việc thực hiện và báo cáo kết quả về Ủy ban nhân dân tỉnh.\n"
    )
    rows, bodies = assignment_rows("t", text, paragraphs(text), "77", lex)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    got = {(code[r["body_id"]], r["role"]) for r in rows}
    assert {("PROVINCIAL_AGENCIES", "report"), ("DISTRICT_PCS", "report")} <= got
    assert {("PROVINCIAL_AGENCIES", "monitor"), ("DISTRICT_PCS", "monitor")} <= got
    # a separate item line (with its mark) is no wrap
    marked = "Các sở, ban, ngành có trách nhiệm triển khai thực hiện kế hoạch năm của tỉnh;\n- báo cáo kết quả.\n"
    rows, _ = assignment_rows("t", marked, paragraphs(marked), "77", lex)
    assert {r["role"] for r in rows} == {"implement"}


def test_a_department_level_office_named_by_its_heads_title_stays_in_the_list(lex):
    text = "Giám đốc Sở Tài chính, Cục trưởng Cục Thống kê chịu trách nhiệm theo dõi tình hình thực hiện."
    assert roles(text, lex) == {("DOF", "monitor"), ("STATISTICS_OFFICE", "monitor")}


def test_a_plain_task_item_carries_no_role_from_the_words_of_its_object(lex):
    # "tổng hợp" inside the name of a measure is no compiling of reports
    text = (
        "UBND tỉnh giao Sở Khoa học và Công nghệ đề xuất giải pháp đổi mới sáng tạo; "
        "phấn đấu đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng trên 50%."
    )
    assert ("DOST", "report") not in roles(text, lex)
