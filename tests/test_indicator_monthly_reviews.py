"""A monthly report's results and work narrated as done are no targets (CONVENTIONS, Indicators:
results are never indicators), also on a page whose title sets the year's aims: a sentence
opening with the month just reviewed ("Trong tháng, ..."), a review verb ("duy trì") after
results reported earlier in its paragraph, and a sentence narrating work done ("đã ...") take no
aim from the page's frame. Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_sentence_opening_with_the_month_reviewed_is_no_target(lex, units):
    text = (
        "Tập trung cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm 2026\n\n"
        "Tại phiên họp, các đại biểu đánh giá tình hình kinh tế - xã hội tháng 1 với nhiều kết quả nổi bật. "
        "Trong tháng, toàn tỉnh trồng mới 450 ha rừng tập trung và 3 nghìn cây phân tán; các đơn vị đang "
        "chuẩn bị cây giống để triển khai kế hoạch trồng rừng năm 2026.\n\n"
        "Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt 10,5%."
    )
    assert cited_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 10.5, None, 2026)]


def test_a_review_verb_after_results_reported_in_its_paragraph_narrates(lex, units):
    text = (
        "Thành phố họp báo thường kỳ tháng 2/2026\n\n"
        "Hai tháng đầu năm 2026, kinh tế thành phố khởi sắc. Tổng mức bán lẻ hàng hóa tháng 2 ước đạt "
        "9.150 tỷ đồng, tăng 16,2% so với cùng kỳ. Hoạt động tín dụng ổn định, tỷ lệ nợ xấu duy trì ở "
        "mức 1,5%.\n\n"
        "Năm 2026, thành phố phấn đấu tăng trưởng kinh tế đạt 10,5%."
    )
    assert cited_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 10.5, None, 2026)]


def test_a_sentence_narrating_work_done_takes_no_aim_from_the_pages_frame(lex, units):
    text = (
        "Tây Ninh: hướng đến nông thôn mới nâng cao, kiểu mẫu\n\n"
        "Chặng đường 10 năm xây dựng nông thôn mới của Tây Ninh đã gặt hái thành quả với 58/80 xã đạt "
        "tiêu chí nông thôn mới. Đây là cơ sở để tỉnh hướng tới những mục tiêu cao hơn.\n\n"
        "Giai đoạn 2020-2025, Tây Ninh đặt ra mục tiêu có 30% số xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert [k[2] for k in cited_row_keys(text, lex, units, 2020)] == [30.0]
