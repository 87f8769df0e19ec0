"""A Party committee's letterhead flattened into one line: the issuer in capitals, "* Số" with no
colon, the number, the national motto and the place-and-date ("TỈNH ỦY ... * Số 215-BC/TU |
ĐẢNG CỘNG SẢN VIỆT NAM Hà Giang, ngày 14 tháng 3 năm 2022"): the number is the text's own, and
the place-and-date line dates it. Short texts of our own."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_party_letterhead_row_with_a_cell_bar_dates_its_number(lex):
    text = (
        "Báo cáo sơ kết\n"
        "TỈNH ỦY HÀ GIANG * Số 215-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM Hà Giang, ngày 14 tháng 3 năm 2022 |\n"
        "BÁO CÁO\nSơ kết hai năm thực hiện chương trình chuyển đổi số\n"
    )
    assert docs(text, lex, "02")["215-BC/TU"][:3] == ("other", "provincial_party_committee", "2022-03-14")


def test_a_party_letterhead_run_into_its_title_dates_its_number(lex):
    text = (
        "TỈNH ỦY HÀ GIANG * Số 215-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM Hà Giang, ngày 14 tháng 3 năm 2022 BÁO CÁO "
        "Sơ kết hai năm thực hiện chương trình chuyển đổi số\n"
    )
    assert docs(text, lex, "02")["215-BC/TU"][:3] == ("other", "provincial_party_committee", "2022-03-14")


def test_a_number_in_a_sentence_takes_no_later_date_of_the_line(lex):
    text = "Tỉnh ủy đã có Báo cáo số 215-BC/TU gửi Trung ương; Hà Giang, ngày 14 tháng 3 năm 2022 tổng kết.\n"
    assert docs(text, lex, "02")["215-BC/TU"][2] is None
