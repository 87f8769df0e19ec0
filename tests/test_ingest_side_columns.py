"""A portal's side column above the article (issue 8, round 22), on a page of our own: a welcome
line, a visit counter whose labels and counts stand on lines of their own, and a links heading
(a curated block that ends an article) all come before the headline. The links heading ends
nothing yet, so the headline, its date line and the article are kept."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.articles import article_row

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
