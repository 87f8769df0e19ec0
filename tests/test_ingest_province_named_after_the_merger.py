"""An undated page that names a province formed on 1 July 2025 right after "sau (cuộc) sáp
nhập" ("Sau sáp nhập, tỉnh Lâm Đồng có ...") speaks of the merger as done: it was written after
the reorganisation and its province takes the merged code (CONVENTIONS, session 33). A province
the reorganisation left alone, or a merger word with no province after it, places nothing."""

from __future__ import annotations

from pipelines.ingest.metadata import province, written

PAGE = (
    "Cà phê và du lịch: hai trụ cột của vùng cao nguyên\n"
    "Sau cuộc sáp nhập mang tính bước ngoặt, tỉnh Lâm Đồng có diện tích lớn nhất cả nước và đặt mục tiêu "
    "đưa giá trị xuất khẩu cà phê của Lâm Đồng vượt 2 tỷ USD.\n"
    "Theo lãnh đạo tỉnh, Lâm Đồng sẽ ưu tiên hạ tầng giao thông kết nối các vùng."
)


def test_a_merged_province_named_after_the_merger_places_the_page_after_it(lex):
    when = written(PAGE, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(PAGE, None, None, lex, written=when) == "68"


def test_an_old_province_named_after_a_merged_one_counts_for_it(lex):
    page = PAGE.replace("tỉnh Lâm Đồng có", "tỉnh An Giang có").replace("của Lâm Đồng", "của An Giang")
    page = page.replace("Theo lãnh đạo tỉnh, Lâm Đồng", "Theo lãnh đạo tỉnh, An Giang")
    when = written(page, None, None, lex)
    assert when is not None
    assert province(page, None, None, lex, written=when) == "91"


def test_a_province_the_reorganisation_left_alone_places_nothing(lex):
    page = PAGE.replace("Lâm Đồng", "Cao Bằng")
    assert written(page, None, None, lex) is None
    assert province(page, None, None, lex, written=None) == "04"


def test_a_merger_of_communes_without_a_province_after_it_places_nothing(lex):
    page = PAGE.replace("Sau cuộc sáp nhập mang tính bước ngoặt, tỉnh Lâm Đồng có", "Sau sáp nhập các xã, huyện có")
    assert written(page, None, None, lex) is None
