"""A provincial total broken down by district (session 33, in our own words): the districts'
figures after a lead that opens the breakdown are parts of the total, coded or not; a district
named with a target of its own stays a row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_figures_after_a_by_district_lead_in_the_sentence_are_no_rows(lex, units):
    # "chia theo các huyện như sau:" opens the districts' shares of the province's poverty rate
    text = (
        "Tỉnh ban hành kế hoạch giảm nghèo\n\n"
        "Năm 2026, tỉnh phấn đấu tỷ lệ hộ nghèo giảm 2,5%; tỷ lệ hộ nghèo cuối năm 2026 còn 4,2%, "
        "chia theo các huyện như sau: Huyện Sơn Hà giảm 1,1%, tỷ lệ hộ nghèo cuối năm 2026 còn "
        "1,5%; Huyện Hòa Lâm giảm 3,2%, tỷ lệ hộ nghèo cuối năm 2026 còn 6,8%."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("POVERTY_RATE", "lte", 4.2, None, 2026),
        ("POVERTY_RATE_REDUCTION", "eq", 2.5, None, 2026),
    ]


def test_a_sentence_opened_by_cu_the_and_a_district_breaks_down_the_total_before_it(lex, units):
    # the planting total, then "Cụ thể, huyện ...; ...": each district's hectares are parts; the
    # total is the year's planting, coded since round 35 (AFFORESTATION_AREA)
    text = (
        "Tỉnh giao kế hoạch trồng rừng\n\n"
        "Theo đó, UBND tỉnh giao cho UBND các huyện thực hiện trồng 640 ha rừng năm 2026. Cụ thể, "
        "huyện Tân Lạc trồng 400 ha; Mai Sơn 160 ha; Lạc Thủy 80 ha."
    )
    assert rows(text, lex, units, published_year=2026) == [("AFFORESTATION_AREA", "eq", 640.0, None, 2026)]


def test_a_bracket_opened_by_moi_huyen_after_a_total_shares_it_out(lex, units):
    # "(mỗi huyện ...)" right after the total: the per-district floor is a part, no row
    text = (
        "Tỉnh phát triển sản phẩm OCOP\n\n"
        "Phấn đấu năm 2026 có thêm 18 - 24 sản phẩm đạt 3 sao trở lên (mỗi huyện, thị xã có ít "
        "nhất 2 - 3 sản phẩm)."
    )
    assert rows(text, lex, units, published_year=2026) == [("", "between", 18.0, 24.0, 2026)]


def test_a_district_named_with_a_target_of_its_own_stays_a_row(lex, units):
    # no lead opens a breakdown: "mỗi huyện còn lại ..." as a clause of its own is a target
    text = (
        "Tỉnh xây dựng nông thôn mới\n\n"
        "Đến năm 2027, tỉnh phấn đấu có 30 xã đạt chuẩn nông thôn mới kiểu mẫu; mỗi huyện còn lại "
        "có ít nhất 1 xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    assert rows(text, lex, units, published_year=2026) == [
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 30.0, None, 2027),
        ("MODEL_NEW_RURAL_COMMUNES", "gte", 1.0, None, 2027),
    ]
