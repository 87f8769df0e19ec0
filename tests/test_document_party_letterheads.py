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


def test_a_capital_title_line_naming_a_number_is_no_letterhead(lex):
    text = (
        "Số: 310/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI NGHỊ QUYẾT SỐ 91/NQ-CP NGÀY 02/8/2023 CỦA CHÍNH PHỦ, CHƯƠNG "
        "TRÌNH HÀNH ĐỘNG SỐ 40-CTR/TU NGÀY 10/9/2023 CỦA TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TW NGÀY "
        "05/5/2023 CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN VÙNG TRUNG DU ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045\n"
        "Thực hiện Nghị quyết số 12-NQ/TW, UBND tỉnh ban hành Kế hoạch.\n"
    )
    found = docs(text, lex, "02")
    assert found["91/NQ-CP"][3:] == (None, None, None)
    # a programme whose title names a horizon only inside the text it implements takes it (CONVENTIONS,
    # session 35; this assertion read (None, None, None) before round 51, as set 57's gold did)
    assert found["40-CTr/TU"][3:] == (None, 2030, 2045)
