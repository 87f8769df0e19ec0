"""Set 29 classes (session 25b), on texts of our own: a dated page that names no year and sets
yearly rates states the coming five-year plan's aims, ..."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_dated_page_naming_no_year_with_yearly_rates_plans_the_next_five_years(lex, units):
    text = (
        "Những chỉ tiêu chính\n\n"
        "Kinh tế: tổng sản phẩm trên địa bàn (GRDP) tăng bình quân trên 8%/năm. Tỷ lệ đô thị hóa đạt 50 - 55%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2020)
    assert ("GRDP_GROWTH", "gt", 8.0, None, 2025) in keys
    assert ("URBANISATION_RATE", "between", 50.0, 55.0, 2025) in keys
    # a page of a year inside the plan: the same plan's end
    assert ("GRDP_GROWTH", "gt", 8.0, None, 2025) in cited_row_keys(text, lex, units, published_year=2022)


def test_a_page_that_names_a_year_keeps_its_own_years(lex, units):
    text = "Chỉ tiêu năm 2021: GRDP tăng bình quân trên 8%/năm; tỷ lệ đô thị hóa đạt 50%."
    keys = cited_row_keys(text, lex, units, published_year=2020)
    assert all(k[4] == 2021 for k in keys)


def test_a_photo_and_its_caption_between_two_paragraphs_of_targets_do_not_end_them(lex, units):
    text = (
        "Liên kết website\n\nHộp thư\n\nCác chỉ tiêu chủ yếu năm 2019\n\n"
        "Phấn đấu trong năm 2019, tốc độ tăng trưởng kinh tế đạt 7 - 8%; có thêm 5 xã đạt chuẩn nông thôn mới.\n"
        "    anh-hoi-nghi.JPG\n"
        "       Lãnh đạo tỉnh thăm một nhà máy xử lý nước thải\n\n"
        "Thu gom và xử lý 100% chất thải y tế; che phủ rừng đạt 45%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2018)
    assert ("MEDICAL_WASTE_TREATMENT", "eq", 100.0, None, 2019) in keys
    assert ("FOREST_COVER", "eq", 45.0, None, 2019) in keys


def test_the_nearest_scope_cue_names_what_an_area_measures(lex, units):
    text = (
        "Chỉ tiêu năm 2024: tỷ lệ hộ dân sử dụng nước sạch khu vực đô thị đạt 98%, khu vực nông thôn đạt 90%; "
        "tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu vực đô thị đạt 92%, khu vực nông thôn đạt 75%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2023)
    assert ("URBAN_CLEAN_WATER", "eq", 98.0, None, 2024) in keys
    assert ("URBAN_WASTE_COLLECTION", "eq", 92.0, None, 2024) in keys
    assert ("RURAL_WASTE_COLLECTION", "eq", 75.0, None, 2024) in keys
