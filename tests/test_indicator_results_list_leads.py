"""A sentence's list of results after a lead that reports ("đến nay ... đã đạt được một số kết
quả tích cực: ...; ...") gives no rows, even when an earlier clause of the sentence names an aim's
year (CONVENTIONS, Indicators: results are never indicators). No item carries a result cue of
its own: the lead alone reports them. Texts of our own (other provinces, other figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_items_after_a_results_lead_are_no_rows_despite_an_earlier_aim_year(lex, units):
    text = (
        "KẾ HOẠCH PHÁT TRIỂN DU LỊCH TỈNH SƠN LA ĐẾN NĂM 2021\n\n"
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2017 của Tỉnh ủy về phát triển du lịch giai đoạn "
        "2016-2020, định hướng đến năm 2021; qua hai năm thực hiện, đến nay toàn ngành đã thu được nhiều "
        "kết quả đáng ghi nhận: 12 xã đạt chuẩn nông thôn mới; tỷ lệ "
        "hộ nghèo 17,6%; thu nhập bình quân đầu người khu vực nông thôn đạt 23,2 triệu đồng/năm; tỷ lệ "
        "dân số có thẻ bảo hiểm y tế đạt 95,1%."
    )
    assert cited_row_keys(text, lex, units, 2019) == []


def test_an_aims_lead_after_a_results_lead_still_opens_targets(lex, units):
    text = (
        "Kế hoạch\n\n"
        "Đến nay, huyện đã thu được nhiều kết quả đáng ghi nhận: 9 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo "
        "6,2%; mục tiêu đến năm 2021 cụ thể như sau: tỷ lệ hộ nghèo dưới 4%."
    )
    assert cited_row_keys(text, lex, units, 2019) == [("POVERTY_RATE", "lt", 4.0, None, 2021)]
