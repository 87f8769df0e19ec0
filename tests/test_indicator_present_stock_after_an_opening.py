"""What a place has now, said after an opening phrase ("Sau sáp nhập, tỉnh X có 520 sản phẩm
OCOP", "Trước khi sáp nhập, Y (cũ) có 210 sản phẩm"), is a description of the present, no row,
as when the sentence opens with the place (CONVENTIONS, session 36: a plan's description of the
present is no row); so are the parts of that stock the next sentence breaks down ("Trong số đó,
có 3 sản phẩm 5 sao, ...") and a floor word naming the class counted ("từ 3 sao trở lên")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows

_TITLE = "Lâm Đồng hướng đến nâng hạng sản phẩm OCOP sau hợp nhất\n"


def test_a_stock_after_an_opening_phrase_is_no_row(lex, units):
    text = _TITLE + (
        "Theo số liệu tổng hợp, sau khi hợp nhất, tỉnh Lâm Đồng có tổng cộng 520 sản phẩm OCOP từ 3 đến 5 sao. "
        "Trong số đó, có 3 sản phẩm 5 sao, 61 sản phẩm 4 sao và 456 sản phẩm 3 sao.\n"
        "Trước khi hợp nhất, Lâm Đồng (cũ) có 310 sản phẩm OCOP đạt từ 3 sao trở lên; Đắk Nông (cũ) có 210 sản phẩm.\n"
        "Lâm Đồng đã có 3 sản phẩm đạt 5 sao cấp quốc gia.\n"
    )
    assert rows(text, lex, units) == []


def test_a_count_before_a_reform_after_an_opening_is_no_row(lex, units):
    text = (
        "Yên Bái phấn đấu đến năm 2030 có 60% số xã đạt chuẩn nông thôn mới nâng cao\n"
        "Trước khi sắp xếp đơn vị hành chính (1/7/2025), toàn tỉnh Yên Bái có 4 xã đạt chuẩn kiểu mẫu, "
        "9 xã đạt chuẩn nâng cao.\n"
    )
    assert [k for k in rows(text, lex, units, 2025) if k[2] in (4.0, 9.0)] == []


def test_an_opening_with_a_figure_or_an_aim_keeps_its_rows(lex, units):
    aimed = _TITLE + "Đến năm 2030, tỉnh Lâm Đồng có 700 sản phẩm OCOP.\n"
    assert ("OCOP_PRODUCTS", "eq", 700.0, None, 2030) in rows(aimed, lex, units, 2025)
    figured = _TITLE + "Với 12 xã mới, tỉnh Lâm Đồng có 700 sản phẩm OCOP.\n"
    assert [k[2] for k in rows(figured, lex, units) if k[2] == 700.0] == [700.0]


def test_an_opening_naming_a_year_not_yet_reached_keeps_its_row(lex, units):
    text = _TITLE + "Trong năm 2030, tỉnh Lâm Đồng có 700 sản phẩm OCOP.\n"
    assert rows(text, lex, units) == [("OCOP_PRODUCTS", "eq", 700.0, None, 2030)]
    assert rows(text, lex, units, 2025) == [("OCOP_PRODUCTS", "eq", 700.0, None, 2030)]
