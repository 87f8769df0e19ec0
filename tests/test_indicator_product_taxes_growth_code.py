"""Growth of product taxes less subsidies has its own code (round 31, issue 8): the fourth part
of GRDP growth beside the three sectors, named with a growth word ("thuế sản phẩm tăng 9%",
"tăng trưởng thuế sản phẩm"), where the bare name stays the share. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"]) for r in found]


def test_product_taxes_growing_beside_the_sectors_take_their_growth_code(lex, units):
    text = (
        "Phấn đấu GRDP tăng 9,5%, trong đó: nông, lâm nghiệp và thủy sản tăng 3%; công nghiệp - "
        "xây dựng tăng 12%; dịch vụ tăng 8,2%; thuế sản phẩm tăng 7,5%."
    )
    assert codes(text, lex, units) == [
        ("GRDP_GROWTH", "eq", 9.5, None, "percent"),
        ("SECTOR_I_GROWTH", "eq", 3.0, None, "percent"),
        ("SECTOR_II_GROWTH", "eq", 12.0, None, "percent"),
        ("SECTOR_III_GROWTH", "eq", 8.2, None, "percent"),
        ("PRODUCT_TAXES_GROWTH", "eq", 7.5, None, "percent"),
    ]


def test_full_name_of_product_taxes_with_a_growth_word_is_no_share(lex, units):
    assert codes("Khu vực dịch vụ tăng 7%, thuế sản phẩm trừ trợ cấp sản phẩm tăng từ 5 - 5,8%.", lex, units) == [
        ("SECTOR_III_GROWTH", "eq", 7.0, None, "percent"),
        ("PRODUCT_TAXES_GROWTH", "between", 5.0, 5.8, "percent"),
    ]


def test_bracketed_subsidies_and_growth_word_before_the_name(lex, units):
    assert codes(
        "Thuế sản phẩm (trừ trợ cấp sản phẩm) tăng 6,5%; tăng trưởng thuế sản phẩm năm sau đạt 7%.", lex, units
    ) == [
        ("PRODUCT_TAXES_GROWTH", "eq", 6.5, None, "percent"),
        ("PRODUCT_TAXES_GROWTH", "eq", 7.0, None, "percent"),
    ]


def test_product_taxes_in_the_economic_structure_stay_a_share(lex, units):
    assert codes("Cơ cấu kinh tế: dịch vụ chiếm 41%, thuế sản phẩm trừ trợ cấp sản phẩm chiếm 5,5%.", lex, units) == [
        ("SHARE_SERVICES", "eq", 41.0, None, "percent"),
        ("SHARE_PRODUCT_TAXES", "eq", 5.5, None, "percent"),
    ]
