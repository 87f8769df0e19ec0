"""Furniture above the article (issue 8, round 22), on pages of our own.

A portal's side column: a welcome line, a visit counter whose labels and counts stand on lines
of their own, and a links heading (a curated block that ends an article) all come before the
headline. The links heading ends nothing yet, so the headline, its date line and the article
are kept. A law portal's copyright notice and colour legend above a document's attribute table,
whose cells stand one per line: without them the "Ngày ban hành" row is among the head lines
the date is read from. A site's clock above the headline, long after the day the web address's
time stamp gives, is no date of the article."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.articles import article_row
from pipelines.ingest.metadata import published_date

SIDE = [
    "Chào mừng quý bạn đọc đến với Cổng thông tin điện tử Sở Tài chính tỉnh",
    "• 2 0 4 8 1 7",
    "Hôm nay",
    "Hôm qua",
    "Tháng này",
    "Tất cả các ngày",
    "31",
    "45",
    "1204",
    "204817",
    "LIÊN KẾT WEB",
]
ARTICLE = [
    "• Kết quả thu ngân sách quý III năm 2024",
    "• Thời gian đăng: 03/10/2024 08:15:00 AM",
    "• Thu ngân sách trên địa bàn tỉnh quý III ước đạt 1.250 tỷ đồng, bằng 76% dự toán năm; các khoản "
    "thu nội địa tăng so với cùng kỳ, nhất là thu từ khu vực doanh nghiệp ngoài nhà nước.",
    "Sở Tài chính tiếp tục phối hợp với Cục Thuế rà soát các nguồn thu trong quý IV.",
]


def test_a_links_heading_above_the_headline_ends_nothing(lex):
    raw = "\n".join(SIDE + ARTICLE).encode("utf-8")
    row = article_row("x", raw, None, lex)
    assert row["title"] == "Kết quả thu ngân sách quý III năm 2024"
    assert row["published_date"] == dt.date(2024, 10, 3)
    assert "rà soát các nguồn thu" in row["text"]
    assert "Chào mừng" not in row["text"] and "Hôm nay" not in row["text"]


def test_a_links_heading_after_the_article_still_ends_it(lex):
    raw = "\n".join(ARTICLE + ["Liên kết web", "Cổng thông tin điện tử Chính phủ", "Bộ Tài chính"]).encode("utf-8")
    row = article_row("x", raw, None, lex)
    assert "rà soát các nguồn thu" in row["text"] and "Bộ Tài chính" not in row["text"]


NOTICE = [
    "Bản dịch này thuộc quyền sở hữu của",
    "THƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép khi chưa được phép đều vi phạm quyền tác giả.",
    "THƯ VIỆN PHÁP LUẬT has the copyright on this translation.",
    "X",
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN",
    "Các nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng",
    "các màu sắc:",
    ": Sửa đổi, thay thế,",
    "hủy bỏ",
    "Click vào phần bôi vàng để xem chi tiết.",
    "Đang tải văn bản...",
]
CELLS = ["Số hiệu:", "|", "77/QĐ-UBND", "|", "Loại văn bản:", "|", "Quyết định", "Nơi ban hành:", "|"]
CELLS += ["Tỉnh Hà Nam", "Người ký:", "|", "Lê Văn Bình", "Ngày ban hành:", "|", "14/02/2019", "|"]
CELLS += ["Ngày hiệu lực:", "|", "Đã biết", "Tình trạng:", "|", "Đã biết", "ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"]
CELLS += ["-------", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 77/QĐ-UBND"]
CELLS += ["Hà Nam, ngày", "14 tháng 02 năm 2019", "QUYẾT ĐỊNH", "Về việc giao chỉ tiêu kế hoạch năm 2019"]


def test_a_law_portals_notice_above_the_attribute_cells_is_chrome(lex):
    raw = "\n".join(NOTICE + CELLS).encode("utf-8")
    portal = {"source_url": "https://thuvienphapluat.vn/van-ban/Quyet-dinh-77-QD-UBND-2019-123456.aspx"}
    row = article_row("x", raw, portal, lex)
    assert row["published_date"] == dt.date(2019, 2, 14)
    assert "Bản dịch này" not in row["text"] and "bôi vàng" not in row["text"]
    # the notice's wording is that portal's: elsewhere it is left as written
    other = article_row("x", raw, {"source_url": "https://baotinh.vn/a.html"}, lex)
    assert "Bản dịch này" in other["text"]


CLOCKED = "THỨ BA, NGÀY 14 THÁNG 05 NĂM 2024 08:40\nThu ngân sách quý I của tỉnh tăng khá\nNgày 2/4, Sở Tài chính công bố số liệu thu ngân sách quý I.\n"


def test_a_sites_clock_above_the_headline_gives_way_to_the_addresss_stamp(lex):
    stamped = "https://baotinh.vn/thu-ngan-sach-quy-i-tang-kha-20230403081512.htm"
    assert published_date(CLOCKED, stamped, lex) == dt.date(2023, 4, 3)
    # an address of the same days keeps the line: it is the article's own date
    same = "https://baotinh.vn/thu-ngan-sach-quy-i-tang-kha-20240513221000.htm"
    assert published_date(CLOCKED, same, lex) == dt.date(2024, 5, 14)
    # and so does an address with no date
    assert published_date(CLOCKED, "https://baotinh.vn/thu-ngan-sach.htm", lex) == dt.date(2024, 5, 14)


BANNERED = (
    "CHÀO MỪNG NĂM DU LỊCH QUỐC GIA\n"
    "Thứ Sáu, 20/09/2024\n"
    "Tỉnh tổng kết thu ngân sách 8 tháng đầu năm\n"
    "Thứ Hai, 16/09/2024\n"
    "Chiều 13/9, Sở Tài chính họp đánh giá tình hình thu ngân sách của tỉnh.\n"
)


def test_a_sites_clock_over_a_banner_gives_way_to_the_earlier_date_line_under_the_headline(lex):
    # the banner is taken for the headline, so the clock stands right under it; the date line
    # under the real headline is dated before the clock: the clock is the reader's day
    assert published_date(BANNERED, None, lex) == dt.date(2024, 9, 16)
    # a later date line below (an update) leaves the upper one the article's
    updated = BANNERED.replace("Thứ Hai, 16/09/2024", "Cập nhật: 23/09/2024")
    assert published_date(updated, None, lex) == dt.date(2024, 9, 20)
