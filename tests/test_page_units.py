"""The unit a page is about (``pipelines.extract.page_units``). Texts of our own."""

from __future__ import annotations

from pipelines.extract.page_units import page_unit
from pipelines.text.segment import paragraphs


def _unit(text: str, lex) -> str | None:
    return page_unit(text, paragraphs(text), lex)


def test_a_communes_congress_page_is_the_communes(lex):
    text = (
        "Đảng bộ xã Tân Phước tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
        "Đại hội đề ra mục tiêu thu nhập bình quân đầu người đạt 90 triệu đồng."
    )
    assert _unit(text, lex) == "commune"


def test_a_wards_council_after_a_site_name_is_the_wards(lex):
    text = (
        "Cổng thông tin điện tử huyện Châu Thành\n\n"
        "Tin tức\n\n"
        "Kỳ họp thứ hai HĐND phường Bình An thông qua 6 nghị quyết"
    )
    assert _unit(text, lex) == "commune"


def test_a_provinces_plan_with_a_communes_photo_caption_is_the_provinces(lex):
    text = (
        "Ngày 12/3/2025, UBND tỉnh ban hành Kế hoạch xây dựng nông thôn mới năm 2025.\n\n"
        "(Ảnh: trụ sở Đảng ủy - UBND xã Hòa Lợi)"
    )
    assert _unit(text, lex) == "province"


def test_a_districts_page_and_a_page_naming_no_organ(lex):
    assert _unit("Huyện ủy họp\n\nUBND huyện Mỹ Hòa giao chỉ tiêu năm 2026 cho các xã.", lex) == "district"
    assert _unit("Du lịch khởi sắc\n\nThành phố đón 2 triệu lượt khách.", lex) is None
