"""A number whose symbol is its issuer's code alone, with no type letters: a department's
letter or submission ("số 41/STC", "số 7/SNV") and a law of an earlier legislature
("số 12/2005/QH11"). The noun before it gives the type, else it is a letter (issue 8, round 21),
on texts of our own."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def _rows(text: str, lex) -> set[tuple]:
    return {
        (r["doc_number"], r["doc_type"], r["issuer"], r["signed_date"] and r["signed_date"].isoformat())
        for r in document_rows("a", text, "40", lex)
    }


def test_a_departments_submission_numbered_with_its_code_alone_is_a_document(lex):
    text = "Xét đề nghị của Sở Nội vụ tại Tờ trình số 58/SNV ngày 14/02/2019, nay quyết định:"
    assert _rows(text, lex) == {("58/SNV", "other", "other", "2019-02-14")}


def test_a_departments_letter_numbered_with_its_code_alone_is_a_letter(lex):
    text = "Theo đề nghị của Giám đốc Sở Tài chính tại Văn bản số 412/STC ngày 3/8/2016."
    assert _rows(text, lex) == {("412/STC", "official_letter", "other", "2016-08-03")}


def test_a_letter_glued_to_the_word_before_is_still_a_letter(lex):
    text = "Theo đề nghị của Sở Công Thương tạiCông văn số 95/SCT ngày 2/4/2012,"
    assert _rows(text, lex) == {("95/SCT", "official_letter", "other", "2012-04-02")}


def test_laws_of_the_eleventh_and_twelfth_legislature_are_the_national_assemblys(lex):
    text = (
        "Căn cứ Luật Xây dựng số 16/2003/QH11 ngày 26 tháng 11 năm 2003; "
        "Luật Quy hoạch đô thị số 30/2009/QH12 ngày 17 tháng 6 năm 2009;"
    )
    assert _rows(text, lex) == {
        ("16/2003/QH11", "other", "national_assembly", "2003-11-26"),
        ("30/2009/QH12", "other", "national_assembly", "2009-06-17"),
    }


def test_a_number_and_a_code_that_is_no_issuer_are_no_document(lex):
    text = "Tỉnh có 14 bác sĩ/vạn dân, đạt 95/ĐVT theo kế hoạch số 5/XYZ của tổ."
    assert _rows(text, lex) == set()
