"""Bodies and roles on real legal pages and news pages (issue 8, round 18 b), on texts of our own.

Each test states one kind of text: a legal text hard-wrapped right before a body's capitalised
name, a submission that carries the text it proposes ("xem xét Đề án kèm theo Tờ trình"), and
agencies named by the focal role they were given earlier.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def lines(*rows: str) -> str:
    return "\n".join(rows)


def roles(text: str, lex, province: str = "45") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_wrap_after_of_keeps_the_issuer_an_object(lex):
    text = lines(
        "Căn cứ Nghị quyết số 12/NQ-CP ngày 05/01/2023 của",
        "Chính phủ và Kế hoạch số 40-KH/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 9-NQ/TW;",
    )
    assert roles(text, lex) == set()


def test_a_wrap_after_and_keeps_the_second_proposer(lex):
    text = lines(
        "Xét đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh và",
        "Giám đốc Sở Tài chính tại Tờ trình số 310/TTr-STC ngày 02/6/2024.",
    )
    assert roles(text, lex) == {("PPC_OFFICE", "advise"), ("DOF", "advise")}


def test_a_wrap_is_no_join_before_a_heading_or_an_item(lex):
    # a short heading, or a line whose next line opens an item, stays apart
    text = lines("Giao nhiệm vụ cho các cơ quan sau đây và", "- Sở Y tế tuyên truyền kế hoạch đến người dân.")
    assert roles(text, lex) == {("DOH", "communicate")}


def test_a_submission_that_carries_the_text_proposed(lex):
    text = lines(
        "Sau khi xem xét Đề án kèm theo Tờ trình số 88/TTr-UBND ngày 20/11/2023 của Ủy ban nhân dân",
        "tỉnh về đề nghị thông qua Nghị quyết; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến của đại biểu,",
    )
    assert roles(text, lex) == {("PPC", "advise")}
    drafted = "Xét dự thảo Nghị quyết kèm theo Tờ trình số 7/TTr-UBND ngày 3/4/2024 của UBND tỉnh;"
    assert roles(drafted, lex) == {("PPC", "advise")}
    # a report's author named before the noun proposes nothing
    report = "Xét Báo cáo thẩm tra của Ban Văn hóa - Xã hội về tờ trình của UBND tỉnh;"
    assert ("PPC", "advise") not in roles(report, lex)


def test_agencies_named_by_an_earlier_focal_role_act(lex):
    text = (
        "Các sở, ngành được giao đầu mối khẩn trương phối hợp với các bộ, ngành Trung ương "
        "tháo gỡ vướng mắc của từng dự án."
    )
    got = roles(text, lex)
    assert ("PROVINCIAL_AGENCIES", "monitor") not in got
    assert ("PROVINCIAL_AGENCIES", "implement") in got
    # a body that is the focal point in its own clause still monitors
    assert roles("Sở Kế hoạch và Đầu tư là cơ quan đầu mối theo dõi việc thực hiện.", lex) == {("DPI", "monitor")}
