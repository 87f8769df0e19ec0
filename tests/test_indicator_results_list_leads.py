"""A sentence's list of results after a lead that reports ("đến nay ... đã đạt được một số kết
quả tích cực: ...; ...") gives no rows, even when an earlier clause of the sentence names an aim's
year (CONVENTIONS, Indicators: results are never indicators). Texts of our own (other provinces,
other figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_items_after_a_results_lead_are_no_rows_despite_an_earlier_aim_year(lex, units):
    text = (
        "KẾ HOẠCH PHÁT TRIỂN DU LỊCH TỈNH SƠN LA ĐẾN NĂM 2021\n\n"
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2017 của Tỉnh ủy về phát triển du lịch giai đoạn "
        "2016-2020, định hướng đến năm 2021; sau hai năm triển khai, đến nay ngành du lịch đã đạt được một "
        "số kết quả tích cực: Tính đến tháng 9/2019, toàn tỉnh đã có 12 xã đạt chuẩn nông thôn mới; tỷ lệ "
        "hộ nghèo 18,25%; thu nhập bình quân đầu người/năm khu vực nông thôn đạt 21,5 triệu đồng; tỷ lệ "
        "người dân tham gia bảo hiểm y tế đạt 96,4%."
    )
    assert cited_row_keys(text, lex, units, 2019) == []


def test_an_aims_lead_after_a_results_lead_still_opens_targets(lex, units):
    text = (
        "Kế hoạch\n\n"
        "Đến nay, huyện đã đạt được một số kết quả tích cực: 9 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo "
        "6,2%; mục tiêu đến năm 2021 cụ thể như sau: tỷ lệ hộ nghèo dưới 4%."
    )
    assert cited_row_keys(text, lex, units, 2019) == [("POVERTY_RATE", "lt", 4.0, None, 2021)]
