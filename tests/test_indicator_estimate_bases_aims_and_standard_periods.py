"""Set 28 classes (session 25), on texts of our own: a plan set against last year's estimated
outcome ("so ước thực hiện năm ...") is a target, an undated page that names one year and
estimates it reviews that year's plan in brackets, and a few wordings of coded indicators."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_plan_set_against_last_years_estimate_without_voi_is_a_target(lex, units):
    text = (
        "Chỉ tiêu chủ yếu năm 2019: 1. Kim ngạch xuất khẩu hàng hóa 650 triệu USD, tăng 4,5% so ước "
        "thực hiện năm 2018. 2. Tỷ lệ hộ nghèo giảm 1%."
    )
    keys = cited_row_keys(text, lex, units, uncoded="-")
    assert keys == [
        ("EXPORT_VALUE", "eq", 650e6, None, 2019),
        ("EXPORT_GROWTH", "eq", 4.5, None, 2019),
        ("POVERTY_RATE_REDUCTION", "eq", 1.0, None, 2019),
    ]


def test_an_undated_review_naming_one_year_dates_its_bracketed_plans(lex, units):
    text = (
        "Lĩnh vực kinh tế: 4/6 chỉ tiêu dự kiến đạt kế hoạch: GRDP bình quân đầu người ước đạt 71 "
        "triệu đồng (KH 70-72 triệu đồng); Tốc độ tăng trưởng GRDP 6,2% (KH tăng 7-7,5%).\n"
        "Lĩnh vực xã hội: riêng trong năm 2021 có thêm 3 xã đạt chuẩn."
    )
    keys = cited_row_keys(text, lex, units)
    assert keys == [
        ("GRDP_PER_CAPITA", "between", 70.0, 72.0, 2021),
        ("GRDP_GROWTH", "between", 7.0, 7.5, 2021),
    ]


def test_an_undated_review_naming_two_years_keeps_its_brackets_undated(lex, units):
    text = (
        "Kinh tế: GRDP bình quân đầu người ước đạt 71 triệu đồng (KH 70-72 triệu đồng). "
        "Năm 2020 có thêm 2 xã đạt chuẩn, năm 2021 có thêm 3 xã."
    )
    assert cited_row_keys(text, lex, units) == []


def test_agriculture_alone_preschool_entry_school_level_and_certificates_are_coded(lex, units):
    text = (
        "Chỉ tiêu năm 2024: tốc độ tăng trưởng nông nghiệp đạt 3,5%; trẻ vào học mẫu giáo 92%; "
        "tỷ lệ trường phổ thông đạt chuẩn quốc gia 61%; tỷ lệ lao động qua đào tạo 70%, trong đó "
        "có bằng cấp chứng chỉ 30%."
    )
    codes = [k[0] for k in cited_row_keys(text, lex, units, 2024)]
    assert codes == [
        "SECTOR_I_GROWTH",
        "PRESCHOOL_ENROLMENT",
        "SCHOOLS_NATIONAL_STANDARD",
        "TRAINED_LABOUR_SHARE",
        "TRAINED_LABOUR_CERTIFIED_SHARE",
    ]


def test_a_year_after_a_second_value_dates_only_that_value(lex, units):
    text = (
        "Đến năm 2026, thu nhập bình quân đầu người ở nông thôn đạt 60 triệu đồng/người và đạt "
        "85 triệu đồng/người vào năm 2030;"
    )
    years = [(k[2], k[4]) for k in cited_row_keys(text, lex, units, 2025, uncoded="-")]
    assert years == [(60.0, 2026), (85.0, 2030)]


def test_rural_wordings_of_water_roads_value_per_hectare_and_communes_are_coded(lex, units):
    text = (
        "Năm 2023 phấn đấu: tỷ lệ đường giao thông nông thôn được kiên cố hóa đạt 75%; giá trị sản "
        "phẩm thu được trên 01 ha đất trồng trọt đạt 130 triệu đồng; tỷ lệ người dân nông thôn được "
        "sử dụng nước sinh hoạt hợp vệ sinh đạt 97%; có 05 xã trở lên hoàn thành tiêu chí xây dựng "
        "nông thôn mới."
    )
    codes = [k[0] for k in cited_row_keys(text, lex, units, 2023)]
    assert codes == ["RURAL_ROADS_PAVED", "AGRI_VALUE_PER_HA", "RURAL_CLEAN_WATER", "NEW_RURAL_COMMUNES"]


def test_an_aim_before_a_comma_keeps_its_figure_when_an_estimate_follows(lex, units):
    text = (
        "Theo kế hoạch của ngành, tỉnh phấn đấu thu hút khoảng 9 triệu lượt khách du lịch, "
        "với doanh thu ước đạt 20.000 tỷ đồng."
    )
    assert cited_row_keys(text, lex, units, 2027) == [("TOURIST_ARRIVALS", "approx", 9e6, None, None)]


def test_a_figure_said_before_the_aim_or_of_a_year_begun_still_reports(lex, units):
    reported = "Tỉnh đón 5 triệu lượt khách du lịch, dự kiến cả năm đón 7 triệu lượt khách, vượt 3% kế hoạch."
    narrated = "Tăng trưởng GRDP năm 2027 của tỉnh tiếp tục duy trì ở mức cao (đạt 9,1%), xếp thứ 3 cả nước."
    assert cited_row_keys(reported, lex, units, 2027) == []
    assert cited_row_keys(narrated, lex, units, 2027) == []


def test_the_parts_after_trong_do_of_a_total_of_the_same_code_are_no_rows(lex, units):
    text = (
        "Năm 2027, tỉnh phấn đấu đón 9 triệu lượt khách, trong đó 2 triệu lượt khách quốc tế và "
        "7 triệu lượt khách nội địa."
    )
    assert cited_row_keys(text, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 9e6, None, 2027)]


def test_an_aim_cue_in_another_comma_segment_does_not_make_a_figure_an_aim(lex, units):
    text = (
        "Ngành hàng lúa duy trì liên kết với doanh nghiệp, giá trị sản xuất đạt 45 tỷ đồng, hiện có 30 sản phẩm OCOP."
    )
    assert cited_row_keys(text, lex, units, 2027) == []


def test_the_period_of_a_poverty_standard_is_not_the_targets_year(lex, units):
    text = (
        "Mục tiêu đến năm 2030: tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,8% (theo chuẩn nghèo đa "
        "chiều giai đoạn 2022 - 2025), mỗi năm giải quyết việc làm cho trên 300 lao động."
    )
    assert [k[4] for k in cited_row_keys(text, lex, units, 2025)] == [2030, 2030]
