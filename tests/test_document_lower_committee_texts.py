"""A text of a district's, a town's, a ward's or a commune's People's Committee, named after its
number, is issuer ``other`` whatever its "-UBND" suffix (CONVENTIONS, Documents and bodies: "A
text of a district's People's Committee is issuer `other`"). Short texts of our own; the curated
tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_decision_of_the_towns_committee_named_after_its_number_is_other(lex):
    text = (
        "Căn cứ Quyết định số 118/2009/QĐ-UBND ngày 12/5/2009 của UBND tỉnh Cao Bằng về phân cấp; "
        "Quyết định này thay thế Quyết định số 64/2010/QĐ-UBND, ngày 03/02/2010 của UBND thị xã."
    )
    got = docs(text, lex)
    assert got["118/2009/QĐ-UBND"][1] == "provincial_peoples_committee"
    assert got["64/2010/QĐ-UBND"][1] == "other"


def test_a_wards_plan_named_after_its_number_is_other(lex):
    text = "Phó Chủ tịch phổ biến Kế hoạch số 75/KH-UBND ngày 14/9/2022 của Ủy ban nhân dân Phường 3 về chỉnh trang đô thị."
    assert docs(text, lex)["75/KH-UBND"][1] == "other"


def test_a_districts_and_a_communes_texts_are_other(lex):
    text = (
        "Thực hiện Kế hoạch số 210/KH-UBND ngày 05/4/2021 của UBND huyện Yên Thế và Quyết định số "
        "33/QĐ-UBND ngày 10/4/2021 của Ủy ban nhân dân xã Đồng Tâm, ..."
    )
    got = docs(text, lex)
    assert got["210/KH-UBND"][1] == "other"
    assert got["33/QĐ-UBND"][1] == "other"


def test_the_provinces_and_a_citys_committee_keep_the_provincial_issuer(lex):
    text = (
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2023 của UBND tỉnh và Quyết định số 91/QĐ-UBND "
        "ngày 09/3/2023 của Ủy ban nhân dân thành phố về xây dựng nông thôn mới."
    )
    got = docs(text, lex)
    assert got["88/KH-UBND"][1] == "provincial_peoples_committee"
    assert got["91/QĐ-UBND"][1] == "provincial_peoples_committee"
