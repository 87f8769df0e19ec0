"""Portal furniture above the headline (round 52), on pages of our own.

A legal portal's member notice and login prompt stand above a legal text's header; a tag page
opens with its tag after a markdown mark; portals print a breadcrumb title ("Chi tiết tin -
<unit>"), section and widget labels ("CHUYÊN MỤC", "Bộ lọc tìm kiếm", "Số lượt truy cập"), a
label cut before what it introduces ("Xã hội -") and a breadcrumb with slashes ("/ Tin tức")
above the headline. None of them is the headline (``raw/curation/title_lines.csv``)."""

from __future__ import annotations

import pytest

from pipelines.ingest.articles import article_row


def _title(lex, lines: list[str]) -> str:
    return article_row("x", "\n".join(lines).encode("utf-8"), None, lex)["title"]


LEGAL = [
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
    "TỈNH PHÚ YÊN | Độc lập - Tự do - Hạnh phúc |",
    "Số: 915/QĐ-UBND | Phú Yên, ngày 12 tháng 3 năm 2024 |",
    "QUYẾT ĐỊNH",
    "VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THỦY SẢN NĂM 2024",
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
]


def test_a_member_notice_above_a_legal_header_is_no_headline(lex):
    notice = [
        "Để sử dụng toàn bộ tiện ích nâng cao của cổng văn bản, vui lòng đăng ký gói thành viên.",
        "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.",
    ]
    assert _title(lex, notice + LEGAL) == "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THỦY SẢN NĂM 2024"


def test_a_tag_pages_heading_is_no_headline(lex):
    lines = [
        "# lũ quét",
        "",
        "Hà Giang khẩn trương khắc phục hậu quả lũ quét tại các xã vùng cao",
        "UBND tỉnh vừa yêu cầu các xã rà soát khu dân cư có nguy cơ sạt lở và di dời hộ dân.",
    ]
    assert _title(lex, lines) == "Hà Giang khẩn trương khắc phục hậu quả lũ quét tại các xã vùng cao"


@pytest.mark.parametrize(
    "label",
    [
        "Chi tiết tin - Sở Công Thương",
        "CHUYÊN MỤC",
        "Thông tin chỉ đạo điều hành",
        "Hoạt động khối chính quyền",
        "Bộ lọc tìm kiếm",
        "Số lượt truy cập",
        "Xã hội -",
        "/ Tin tức",
        "Tải bản đầy đủ (.pdf) (20 trang)",
    ],
)
def test_portal_labels_above_the_headline_are_skipped(lex, label):
    lines = [
        label,
        "Tây Ninh đặt mục tiêu có thêm 12 xã đạt chuẩn nông thôn mới nâng cao",
        "Năm 2024, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.",
    ]
    assert _title(lex, lines) == "Tây Ninh đặt mục tiêu có thêm 12 xã đạt chuẩn nông thôn mới nâng cao"
