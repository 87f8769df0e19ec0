"""A portal's stale header date is no published date (issue 8, round 29; CONVENTIONS: "a site's
header date ... is chrome, not the article's date").

A date line more than a year before what the page shows of its own time is the portal's header:
a date line below the headline ("PV - 09:30, 12/06/2024" under "Thứ Hai, ngày 14 tháng 03 năm
2018"), a text it cites by a number of a later year ("Nghị quyết số 25/2020/NQ-HĐND" under "Thứ 3 -
15/03/2016") or a span it reports on ("6 tháng đầu năm 2022" under "12/5/2021"). The date line
below then dates the page; with none, the date stays unknown. A date line that such evidence does
not contradict stays. Texts of our own.
"""

from __future__ import annotations

from pipelines.ingest.metadata import published_date


def test_stale_header_above_gives_way_to_the_date_line_below(lex):
    text = (
        "Cổng thông tin\n"
        "Thứ Hai, ngày 14 tháng 03 năm 2018, 08:10:05\n"
        "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
        "VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI\n"
        "GIAI ĐOẠN 2021 - 2030\n"
        "Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi\n"
        "Phó Thủ tướng làm việc với tỉnh Cao Bằng về công tác giảm nghèo\n"
        "PV - 09:30, 12/06/2024\n"
        "Sáng 12/6, Phó Thủ tướng làm việc với lãnh đạo tỉnh Cao Bằng về kết quả giảm nghèo bền vững "
        "của tỉnh trong những năm gần đây.\n"
    )
    assert published_date(text, None, lex).isoformat() == "2024-06-12"


def test_header_older_than_the_number_of_a_text_the_page_cites_is_no_date(lex):
    text = (
        "• ảnh\n"
        "Thứ 3 - 15/03/2016\n"
        "KẾ HOẠCH 5 NĂM: TỈNH TĂNG TRƯỞNG NHANH VÀ BỀN VỮNG\n"
        "Ngày 08/12/2020, HĐND tỉnh Bình Phước ban hành Nghị quyết số 25/2020/NQ-HĐND về kế hoạch phát "
        "triển kinh tế - xã hội 5 năm 2021 - 2025.\n"
    )
    assert published_date(text, None, lex) is None


def test_header_older_than_a_span_the_page_reports_on_is_no_date(lex):
    text = (
        "Cổng thông tin điện tử tỉnh Thái Bình\n"
        "12/5/2021  |  English\n"
        "Thái Bình trong nhóm tăng trưởng cao của cả nước\n"
        "Theo số liệu thống kê, tổng sản phẩm trên địa bàn tỉnh tăng 9,2% trong 6 tháng đầu năm 2022, "
        "đứng trong nhóm dẫn đầu vùng đồng bằng sông Hồng.\n"
    )
    assert published_date(text, None, lex) is None


def test_date_line_that_the_cited_texts_do_not_contradict_stays(lex):
    text = (
        "Thứ Năm, 02/03/2023\n"
        "Tỉnh triển khai kế hoạch phát triển kinh tế - xã hội năm 2023\n"
        "Thực hiện Nghị quyết số 40/2022/NQ-HĐND và Nghị quyết số 3/2023/NQ-HĐND của HĐND tỉnh, các sở, "
        "ngành tập trung thực hiện các nhiệm vụ trong 2 tháng đầu năm 2023.\n"
    )
    assert published_date(text, None, lex).isoformat() == "2023-03-02"
