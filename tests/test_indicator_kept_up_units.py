"""Products or organisations a plan only consolidates, maintains, upgrades, raises by a grade or
recertifies ("củng cố", "duy trì", "nâng cấp", "nâng hạng", "chứng nhận lại") are the reach of its
action: no row, whether a count or a share. Joined with a verb that forms or develops units
("phát triển mới và củng cố N tổ chức", "phát triển, nâng cấp N tổ chức") the figure counts the
units the scheme develops and stays (CONVENTIONS, session 43, the OCOP lists)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def _keys(text, lex, units):
    return cited_row_keys(text, lex, units, 2024)


def test_products_consolidated_raised_or_recertified_give_no_row(lex, units):
    text = (
        "Năm 2025, tỉnh phấn đấu phát triển mới 20 sản phẩm OCOP; củng cố, nâng cao chất lượng 36 sản phẩm "
        "OCOP đã được công nhận; nâng hạng ít nhất 4 sản phẩm từ 3 sao lên 4 sao; chứng nhận lại lần 2 cho "
        "12 sản phẩm OCOP hết hạn."
    )
    assert _keys(text, lex, units) == [("OCOP_PRODUCTS_ADDED", "eq", 20.0, None, 2025)]


def test_a_share_of_products_kept_up_gives_no_row(lex, units):
    text = (
        "Năm 2025, tỉnh phấn đấu có thêm 15 sản phẩm OCOP; đồng thời duy trì, nâng cấp 60% sản phẩm đã được công nhận."
    )
    assert _keys(text, lex, units) == [("OCOP_PRODUCTS_ADDED", "eq", 15.0, None, 2025)]


def test_organisations_kept_up_give_no_row(lex, units):
    text = "Kế hoạch năm 2025: duy trì 25 hợp tác xã tham gia chuỗi giá trị OCOP; thành lập mới 8 hợp tác xã."
    assert [k[2] for k in _keys(text, lex, units)] == [8.0]


def test_a_forming_verb_joined_to_the_upkeep_keeps_the_count(lex, units):
    text = (
        "Năm 2025, phát triển mới và củng cố 40 - 45 hợp tác xã tham gia Chương trình OCOP; phát triển, nâng "
        "cấp ít nhất 15 tổ chức kinh tế tham gia Chương trình OCOP."
    )
    assert _keys(text, lex, units) == [(None, "between", 40.0, 45.0, 2025), (None, "gte", 15.0, None, 2025)]


def test_upkeep_of_other_things_than_products_or_organisations_stays(lex, units):
    text = (
        "Năm 2025, tỉnh phấn đấu duy trì 100% xã đạt chuẩn quốc gia về y tế; nâng cấp 120 km đường giao "
        "thông nông thôn."
    )
    assert [k[2] for k in _keys(text, lex, units)] == [100.0, 120.0]
