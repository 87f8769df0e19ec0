"""A report of a council's committee is the council's, whatever its symbol's suffix (CONVENTIONS,
round-37 ruling). Short texts of our own; the curated tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_report_by_a_council_committee_named_after_its_number_is_the_councils(lex):
    text = (
        "Xét Tờ trình số 41/TTr-UBND ngày 02/11/2019 của UBND tỉnh; Báo cáo thẩm tra số 77/BC-KT ngày "
        "20/11/2019 của Ban Kinh tế - Ngân sách của HĐND tỉnh và ý kiến thảo luận của đại biểu;"
    )
    assert docs(text, lex) == {
        "41/TTr-UBND": ("other", "provincial_peoples_committee", "2019-11-02", None, None, None),
        "77/BC-KT": ("other", "provincial_peoples_council", "2019-11-20", None, None, None),
    }


def test_a_report_by_the_provinces_own_committee_keeps_its_symbols_issuer(lex):
    text = "Theo Báo cáo số 15/BC-DT ngày 04/3/2022 của Ban Dân tộc tỉnh, toàn tỉnh có 120 xã khó khăn."
    assert docs(text, lex) == {"15/BC-DT": ("other", "other", "2022-03-04", None, None, None)}


def test_the_ethnic_committee_code_of_the_council_is_the_councils(lex):
    text = "Báo cáo thẩm tra số 30/BC-BDT ngày 8/7/2021 nêu rõ kết quả giám sát."
    assert docs(text, lex)["30/BC-BDT"][1] == "provincial_peoples_council"
