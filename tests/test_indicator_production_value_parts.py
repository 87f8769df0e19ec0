"""Sectors' rates in brackets after a growth of the main sectors' production value are no rows;
the total is one uncoded row (CONVENTIONS, Indicators: session 36). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys

_PAGE = (
    "Quận Hòa Bình giao chỉ tiêu kế hoạch năm 2027\n\n"
    "Năm 2027, quận phấn đấu thực hiện các chỉ tiêu chủ yếu như: tổng thu ngân sách trên địa bàn đạt "
    "4.200 tỷ đồng; {line}."
)


def test_sector_rates_in_brackets_after_a_production_value_growth_are_no_rows(lex, units):
    line = (
        "tốc độ tăng giá trị sản xuất của một số ngành chủ yếu đạt 9,4% (công nghiệp và xây dựng tăng 7,3%; "
        "thương mại, dịch vụ tăng 11,2%)"
    )
    keys = cited_row_keys(_PAGE.format(line=line), lex, units, 2026)
    assert [k[2] for k in keys] == [4200.0, 9.4]


def test_sector_growth_in_brackets_after_grdp_growth_is_left_to_its_rules(lex, units):
    line = "tốc độ tăng trưởng kinh tế đạt 9,4% (công nghiệp và xây dựng tăng 7,3%; dịch vụ tăng 11,2%)"
    keys = cited_row_keys(_PAGE.format(line=line), lex, units, 2026)
    assert ("SECTOR_II_GROWTH", "eq", 7.3, None, 2027) in keys
