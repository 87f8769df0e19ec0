"""A sentence that names a term's outstanding results ("đạt nhiều kết quả nổi bật như, ...")
reports: its figures are no rows, also on a congress page whose aims stand in another paragraph
(CONVENTIONS, Indicators: results are never indicators; a congress page's past-term figures are
results). Texts of our own (other communes, other figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_terms_outstanding_results_named_in_their_sentence_are_no_rows(lex, units):
    text = (
        "Đại hội Đảng bộ xã Tân Phước lần thứ I, nhiệm kỳ 2025-2030\n\n"
        "Đại hội đặt mục tiêu đến năm 2030 thu nhập bình quân đầu người đạt trên 85 triệu đồng; "
        "tỷ lệ hộ nghèo dưới 1%.\n\n"
        "Nhiệm kỳ 2020-2025, xã Tân Phước đạt nhiều kết quả nổi bật như, tổng sản lượng thủy sản mỗi năm "
        "trên 18.000 tấn, hơn 70% diện tích vườn cây có mã số vùng trồng; có 14 hợp tác xã kiểu mới, 4 sản "
        "phẩm OCOP."
    )
    assert cited_row_keys(text, lex, units, 2025) == [
        ("INCOME_PER_CAPITA", "gt", 85.0, None, 2030),
        ("POVERTY_RATE", "lt", 1.0, None, 2030),
    ]


def test_many_results_reached_in_a_past_term_open_a_list_of_results(lex, units):
    # "đạt nhiều kết quả quan trọng:" (no "được") opens the review's list on an undated congress page
    text = (
        "Hưng Đạo phấn đấu đưa tỷ lệ hộ nghèo xuống dưới 1,5%\n"
        "Sáng 14/9, Đảng bộ xã Hưng Đạo tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025-2030, bầu Ban "
        "Chấp hành khóa mới.\n"
        "Theo báo cáo trình Đại hội, trong nhiệm kỳ 2020-2025, xã Hưng Đạo đạt nhiều kết quả quan trọng: "
        "thu nhập bình quân đầu người đạt 52,6 triệu đồng; tỷ lệ trạm y tế đạt chuẩn quốc gia 100%; tỷ lệ hộ "
        "dùng nước sạch đạt 96%; quốc phòng được củng cố."
    )
    assert [k[:4] for k in cited_row_keys(text, lex, units)] == [("POVERTY_RATE", "lt", 1.5, None)]
