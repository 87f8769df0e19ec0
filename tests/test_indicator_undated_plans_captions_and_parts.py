"""Set 29 classes (session 25b), on texts of our own: a dated page that names no year and sets
yearly rates states the coming five-year plan's aims; a photo and its caption do not end a list;
the nearest scope cue governs; a proposed scenario, a year-led value after a name, parts listed
after "trong đó:", multiples without "gấp", an age before a value, a level replaced with a cited
text between, the same period before as a base, and a few wordings and units."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys


def test_a_dated_page_naming_no_year_with_yearly_rates_plans_the_next_five_years(lex, units):
    text = (
        "Những chỉ tiêu chính\n\n"
        "Kinh tế: tổng sản phẩm trên địa bàn (GRDP) tăng bình quân trên 8%/năm. Tỷ lệ đô thị hóa đạt 50 - 55%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2020)
    plan = [("GRDP_GROWTH", "gt", 8.0, None, 2025), ("URBANISATION_RATE", "between", 50.0, 55.0, 2025)]
    assert keys == plan
    # a page of a year inside the plan: the same plan's end
    assert cited_row_keys(text, lex, units, published_year=2022) == plan


def test_a_page_that_names_a_year_keeps_its_own_years(lex, units):
    text = "Chỉ tiêu năm 2021: GRDP tăng bình quân trên 8%/năm; tỷ lệ đô thị hóa đạt 50%."
    keys = cited_row_keys(text, lex, units, published_year=2020)
    assert keys == [("GRDP_GROWTH", "gt", 8.0, None, 2021), ("URBANISATION_RATE", "eq", 50.0, None, 2021)]


def test_a_photo_and_its_caption_between_two_paragraphs_of_targets_do_not_end_them(lex, units):
    text = (
        "Liên kết website\n\nHộp thư\n\nCác chỉ tiêu chủ yếu năm 2019\n\n"
        "Phấn đấu trong năm 2019, tốc độ tăng trưởng kinh tế đạt 7 - 8%; có thêm 5 xã đạt chuẩn nông thôn mới.\n"
        "    anh-hoi-nghi.JPG\n"
        "       Lãnh đạo tỉnh thăm một nhà máy xử lý nước thải\n\n"
        "Thu gom và xử lý 100% chất thải y tế; che phủ rừng đạt 45%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2018)
    assert keys == [
        ("GRDP_GROWTH", "between", 7.0, 8.0, 2019),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 5.0, None, 2019),  # "có thêm": an increment (round 35)
        ("MEDICAL_WASTE_TREATMENT", "eq", 100.0, None, 2019),
        ("FOREST_COVER", "eq", 45.0, None, 2019),
    ]


def test_the_nearest_scope_cue_names_what_an_area_measures(lex, units):
    text = (
        "Chỉ tiêu năm 2024: tỷ lệ hộ dân sử dụng nước sạch khu vực đô thị đạt 98%, khu vực nông thôn đạt 90%; "
        "tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu vực đô thị đạt 92%, khu vực nông thôn đạt 75%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2023)
    assert keys == [
        ("URBAN_CLEAN_WATER", "eq", 98.0, None, 2024),
        ("RURAL_CLEAN_WATER", "eq", 90.0, None, 2024),
        ("URBAN_WASTE_COLLECTION", "eq", 92.0, None, 2024),
        ("RURAL_WASTE_COLLECTION", "eq", 75.0, None, 2024),
    ]


def test_a_proposed_growth_scenario_lays_out_the_sectors_plan(lex, units):
    text = (
        "Năm 2027, thành phố còn nhiều khó khăn.\n\nTheo kịch bản đề xuất, khu vực dịch vụ tăng khoảng 9-10%; "
        "khu vực nông, lâm, thủy sản tăng khoảng 2-2,5%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2026)
    assert keys == [("SECTOR_III_GROWTH", "between", 9.0, 10.0, 2027), ("SECTOR_I_GROWTH", "between", 2.0, 2.5, 2027)]


def test_wordings_of_spending_power_unemployment_wastewater_population_and_poverty(lex, units):
    text = (
        "Chỉ tiêu năm 2019: chi ngân sách 7.200 tỷ đồng; tỷ lệ dân số sử dụng điện 99%; giảm tỷ lệ lao động "
        "không có việc làm khu vực thành thị xuống còn 3%; tỷ lệ khu công nghiệp có hệ thống xử lý nước thải "
        "đạt 90%; tỷ lệ phát triển dân số tự nhiên 1,2%; hộ nghèo giảm 2-3%; công nghiệp tăng 9%, nông nghiệp "
        "tăng 2,5%."
    )
    codes = [k[0] for k in cited_row_keys(text, lex, units, published_year=2018)]
    assert codes == [
        "BUDGET_EXPENDITURE",
        "ELECTRICITY_ACCESS",
        "UNEMPLOYMENT_RATE_URBAN",
        "INDUSTRIAL_ZONE_WASTEWATER",
        "POPULATION_GROWTH",
        "POVERTY_RATE_REDUCTION",
        None,
        "SECTOR_I_GROWTH",
    ]


def test_certified_labour_joint_medical_waste_and_health_management_are_coded(lex, units):
    text = (
        "Chỉ tiêu năm 2025: tỷ lệ lao động qua đào tạo có chứng chỉ đạt 30%; tỷ lệ chất thải, nước thải y tế "
        "được thu gom và xử lý đạt 100%; 95% dân số toàn tỉnh được quản lý sức khỏe."
    )
    codes = [k[0] for k in cited_row_keys(text, lex, units, published_year=2024)]
    assert codes == ["TRAINED_LABOUR_CERTIFIED_SHARE", "MEDICAL_WASTE_TREATMENT", "HEALTH_RECORDS_COVERAGE"]


def test_a_name_before_a_colon_takes_the_value_of_a_clause_that_opens_with_its_year(lex, units):
    text = (
        "Mục tiêu phát triển du lịch:\n\n"
        "- Doanh thu từ du lịch: Đến năm 2025 đạt trên 1.500 tỷ đồng.\n\n"
        "- Tổng thu từ khách du lịch: Đến năm 2030 đạt khoảng 4.000 tỷ đồng."
    )
    keys = cited_row_keys(text, lex, units, published_year=2020)
    assert keys == [("TOURISM_REVENUE", "gt", 1500.0, None, 2025), ("TOURISM_REVENUE", "approx", 4000.0, None, 2030)]


def test_the_parts_listed_after_a_breakdown_lead_and_a_colon_are_no_rows(lex, units):
    text = (
        "Mục tiêu đến năm 2025: có 8.000 doanh nghiệp thành lập mới, trong đó: vùng núi, thành lập mới 2.000 "
        "doanh nghiệp; vùng đồng bằng, thành lập mới 6.000 doanh nghiệp. Tỷ lệ đô thị hóa đạt 40%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2021)
    assert keys == [("NEW_ENTERPRISES", "eq", 8000.0, None, 2025), ("URBANISATION_RATE", "eq", 40.0, None, 2025)]


def test_a_multiple_of_a_base_without_gap_is_a_target(lex, units):
    text = "Đến năm 2025, thu nhập của người dân vùng cao tăng ít nhất 1,8 lần so với năm 2020."
    keys = cited_row_keys(text, lex, units, published_year=2021, uncoded="-")
    assert keys == [("-", "gte", 1.8, None, 2025)]


def test_an_age_between_a_rate_and_its_value_only_says_who_is_counted(lex, units):
    text = "Chỉ tiêu năm 2020: tỷ lệ trẻ em suy dinh dưỡng dưới 5 tuổi giảm còn 12%."
    keys = cited_row_keys(text, lex, units, published_year=2019)
    assert keys == [("CHILD_MALNUTRITION_RATE", "lte", 12.0, None, 2020)]


def test_a_target_raised_from_a_level_set_in_a_cited_text_keeps_only_the_new_level(lex, units):
    text = (
        "Năm 2025, tỉnh điều chỉnh chỉ tiêu tăng trưởng kinh tế từ 7% tại Nghị quyết số 12/NQ-HĐND ngày 10/12/2024 "
        "lên 9%."
    )
    keys = cited_row_keys(text, lex, units, published_year=2025)
    assert keys == [("GRDP_GROWTH", "eq", 9.0, None, 2025)]


def test_an_advanced_district_named_twice_and_gdp_with_its_verb_are_coded(lex, units):
    text = "Mục tiêu đến năm 2025: có 2 huyện đạt chuẩn huyện nông thôn mới nâng cao; GDP tăng trên 9%."
    codes = [k[0] for k in cited_row_keys(text, lex, units, published_year=2021)]
    assert codes == ["ADVANCED_NEW_RURAL_DISTRICTS", "GRDP_GROWTH"]


def test_pharmacists_per_ten_thousand_people_are_a_count(lex, units):
    text = "Phấn đấu trong năm 2027 toàn tỉnh đạt 12 bác sĩ/vạn dân; 3,1 dược sĩ/vạn dân."
    keys = cited_row_keys(text, lex, units, published_year=2026, uncoded="-")
    assert keys == [("DOCTORS_PER_10K", "eq", 12.0, None, 2027), ("-", "eq", 3.1, None, 2027)]
    assert [r["unit"] for r in cited_indicator_rows(text, lex, units, 2026)] == ["count", "count"]


def test_the_year_of_the_same_period_before_is_a_base_not_the_year_of_a_bracketed_plan(lex, units):
    text = (
        "Kinh tế 6 tháng đầu năm 2019 có nhiều điểm sáng: GRDP ước tăng 6,1% so với cùng kỳ năm 2018 "
        "(kế hoạch trên 7%)."
    )
    keys = cited_row_keys(text, lex, units)
    assert keys == [("GRDP_GROWTH", "gt", 7.0, None, 2019)]


def test_districts_completing_the_rural_task_and_goods_taking_part_in_exports_are_coded(lex, units):
    text = (
        "Phấn đấu trong năm 2019 có thêm 02 đơn vị cấp huyện hoàn thành nhiệm vụ nông thôn mới; giá trị hàng "
        "hóa tham gia xuất khẩu đạt 300 triệu USD, tăng 8% so với năm 2018."
    )
    codes = [k[0] for k in cited_row_keys(text, lex, units, published_year=2018)]
    # "tăng 8% so với năm 2018" compares the 2019 figure with the year before: no row of its own
    # outside a list (CONVENTIONS, session 27)
    # "có thêm": an increment (CONVENTIONS session 33; round 35)
    assert codes == ["NEW_RURAL_DISTRICTS_ADDED", "EXPORT_VALUE"]
