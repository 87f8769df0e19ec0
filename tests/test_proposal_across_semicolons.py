"""A preamble clause that weighs or proposes goes on across ';' (CONVENTIONS: the body that
proposed the text advises): a submission named in a later item of the same "Xét ..." sentence,
or a second proposer after "Theo đề nghị của ...; ...", advises too, one row per clause."""

from __future__ import annotations

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    rows, bodies = assignment_rows("t", text, paragraphs(text), "45", lex)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    return sorted((code[r["body_id"]], r["role"]) for r in rows)


def test_a_submission_in_a_later_item_of_the_considering_clause_advises(lex):
    text = (
        "Xét Báo cáo số 12/BC-UBND ngày 02/11/2023 của Ủy ban nhân dân tỉnh về tình hình thu chi; "
        "Tờ trình số 88/TTr-UBND ngày 03/11/2023 của Ủy ban nhân dân tỉnh về dự toán năm 2024; "
        "ý kiến của các vị đại biểu tại kỳ họp."
    )
    assert _rows(text, lex) == [("PPC", "advise")]


def test_each_considered_submission_is_one_advise_row(lex):
    text = (
        "Xét Tờ trình số 40/TTr-UBND ngày 01/12/2022 của Ủy ban nhân dân tỉnh về kế hoạch đầu tư; "
        "Tờ trình số 41/TTr-UBND ngày 02/12/2022 của Ủy ban nhân dân tỉnh về bổ sung danh mục dự án."
    )
    assert _rows(text, lex) == [("PPC", "advise"), ("PPC", "advise")]


def test_a_second_proposer_after_a_semicolon_advises(lex):
    text = (
        "Theo đề nghị của Sở Y tế tại Tờ trình số 15/TTr-SYT ngày 05/01/2024; "
        "Sở Tài chính tại Báo cáo thẩm định số 9/BC-STC ngày 20/01/2024."
    )
    assert _rows(text, lex) == [("DOF", "advise"), ("DOH", "advise")]


def test_later_items_of_a_proposal_sentence_that_name_no_proposal_give_nothing(lex):
    text = (
        "Xét Tờ trình số 30/TTr-UBND ngày 04/12/2023 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số "
        "7/BC-KTNS của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu "
        "Hội đồng nhân dân tỉnh tại kỳ họp."
    )
    assert _rows(text, lex) == [("PPC", "advise")]
