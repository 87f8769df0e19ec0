"""A page that lists many provinces with no leader is national (``metadata.province``)."""

from __future__ import annotations

from pipelines.ingest.metadata import province

NAMES = [
    "Hà Nội",
    "Hải Phòng",
    "Quảng Ninh",
    "Bắc Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Đà Nẵng",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đồng Nai",
    "Cần Thơ",
    "Cà Mau",
]


def _page(lead: str) -> str:
    rows = "\n".join(f"- {n}: tăng trưởng từ 10% trở lên." for n in NAMES)
    return f"Nhiều địa phương được giao mục tiêu tăng trưởng hai con số\n{lead}\n{rows}\n"


def test_a_list_of_provinces_names_no_province(lex):
    assert province(_page("Chính phủ giao chỉ tiêu tăng trưởng cho từng địa phương."), None, None, lex) is None


def test_a_province_named_far_more_often_than_the_rest_is_the_subject(lex):
    lead = "Cà Mau so sánh với các tỉnh: Cà Mau đứng thứ 5, Cà Mau phấn đấu vượt lên."
    assert province(_page(lead), None, None, lex) == "96"
