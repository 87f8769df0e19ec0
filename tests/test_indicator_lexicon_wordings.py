"""How real pages word the indicators the lexicon codes (session 17, issue 8), in our own words:
each group is a wording the curated tables did not list, so its row came out uncoded, with
another code, or not at all."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_new_before_a_verb_of_reaching_is_no_result_cue(lex, units):
    """ "mới đạt" reports a result ("toàn tỉnh mới đạt ..."), but not when "mới" ends the name of
    what is counted ("nông thôn mới", "thành lập mới", "đăng ký mới")."""
    assert codes("Tỷ lệ xã đạt chuẩn nông thôn mới đạt 85%.", lex, units) == [
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 85.0, "percent")
    ]
    assert codes("Số doanh nghiệp thành lập mới đạt 1.500 doanh nghiệp.", lex, units) == [
        ("NEW_ENTERPRISES", "eq", 1500.0, "count")
    ]
    assert codes("Vốn FDI đăng ký mới đạt 800 triệu USD.", lex, units) == [("FDI_ATTRACTION", "eq", 800000000.0, "usd")]


def test_a_result_said_with_new_and_reach_stays_a_result(lex, units):
    text = "Kết quả năm 2025\n\nĐến nay, toàn tỉnh mới đạt 9 bác sĩ/vạn dân."
    assert cited_indicator_rows(text, lex, units, 2025) == []


def test_fdi_named_as_investment_capital(lex, units):
    assert codes("Thu hút vốn đầu tư FDI đạt 1,2 tỷ USD.", lex, units) == [
        ("FDI_ATTRACTION", "eq", 1200000000.0, "usd")
    ]


def test_urban_and_rural_water_supplied_are_not_the_general_rate(lex, units):
    found = codes(
        "Tỷ lệ dân số đô thị được sử dụng nước sạch đạt 99%; tỷ lệ dân cư nông thôn được cung cấp "
        "nước sạch đạt 65%; tỷ lệ dân cư khu vực thành thị được cung cấp nước sạch đạt 98%.",
        lex,
        units,
    )
    assert found == [
        ("URBAN_CLEAN_WATER", "eq", 99.0, "percent"),
        ("RURAL_CLEAN_WATER", "eq", 65.0, "percent"),
        ("URBAN_CLEAN_WATER", "eq", 98.0, "percent"),
    ]


def test_ratio_spelled_with_i(lex, units):
    """ "tỉ lệ", "tỉ trọng" differ from "tỷ lệ", "tỷ trọng" in a letter, which folding keeps."""
    found = codes(
        "Tỉ trọng công nghiệp - xây dựng đạt 42%; tỉ trọng dịch vụ đạt 38%; tỉ lệ dân số đô thị "
        "đạt 45%; tỉ lệ lao động được đào tạo đạt 75%.",
        lex,
        units,
    )
    assert [c for c, *_ in found] == [
        "SHARE_INDUSTRY_CONSTRUCTION",
        "SHARE_SERVICES",
        "URBANISATION_RATE",
        "TRAINED_LABOUR_SHARE",
    ]


def test_employed_trained_labour_and_the_farming_share(lex, units):
    found = codes(
        "Tỷ lệ lao động có việc làm qua đào tạo đạt 72%; tỷ trọng ngành nông nghiệp trong GRDP giảm còn 14%.",
        lex,
        units,
    )
    assert found == [("TRAINED_LABOUR_SHARE", "eq", 72.0, "percent"), ("SHARE_AGRICULTURE", "lte", 14.0, "percent")]


def test_the_age_of_the_children_is_no_value(lex, units):
    found = codes(
        "Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi dưới 9%; tỷ lệ suy dinh dưỡng thể "
        "thấp còi ở trẻ em dưới 5 tuổi còn dưới 17%.",
        lex,
        units,
    )
    assert found == [("CHILD_MALNUTRITION_RATE", "lt", 9.0, "percent"), ("CHILD_STUNTING_RATE", "lt", 17.0, "percent")]


def test_industrial_output_value_rising_by_a_percent_is_its_growth(lex, units):
    assert codes("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng 9%.", lex, units) == [
        ("INDUSTRIAL_PRODUCTION_GROWTH", "eq", 9.0, "percent")
    ]


def test_a_province_product_written_gdp(lex, units):
    found = codes("GDP bình quân đầu người đạt 95 triệu đồng; quy mô GDP đạt 120 nghìn tỷ đồng.", lex, units)
    assert [c for c, *_ in found] == ["GRDP_PER_CAPITA", "GRDP_SCALE"]


def test_new_rural_abbreviated(lex, units):
    found = codes(
        "Có thêm 12 xã được công nhận đạt chuẩn NTM; 5 xã đạt chuẩn NTM nâng cao; 2 huyện hoàn "
        "thành nhiệm vụ xây dựng NTM.",
        lex,
        units,
    )
    # "Có thêm" makes the first an increment and covers the figures listed after it (CONVENTIONS
    # session 33; rounds 35 and 36)
    assert [c for c, *_ in found] == [
        "NEW_RURAL_COMMUNES_ADDED",
        "ADVANCED_NEW_RURAL_COMMUNES_ADDED",
        "NEW_RURAL_DISTRICTS_ADDED",
    ]


def test_a_number_inside_the_name_is_no_value(lex, units):
    """ "trên 1 ha" names the area the value is counted on: no uncoded "trên 1" row beside it."""
    assert codes("Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 160 triệu đồng.", lex, units) == [
        ("AGRI_VALUE_PER_HA", "eq", 160.0, "vnd_million")
    ]


def test_shares_of_manufacturing_and_of_farm_workers(lex, units):
    found = codes(
        "Tỷ trọng ngành công nghiệp chế biến, chế tạo trong GRDP đạt 27%; lao động nông nghiệp chiếm "
        "dưới 30% tổng lao động xã hội; tỷ lệ lao động làm việc trong ngành nông nghiệp còn 28%.",
        lex,
        units,
    )
    assert [c for c, *_ in found] == ["PROCESSING_MANUFACTURING_SHARE", "AGRI_LABOUR_SHARE", "AGRI_LABOUR_SHARE"]


def test_retail_turnover_and_registered_firms_by_other_names(lex, units):
    found = codes(
        "Tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ đạt 95.000 tỷ đồng; có 700 doanh "
        "nghiệp đăng ký mới; phát triển 25 hợp tác xã mới.",
        lex,
        units,
    )
    assert [c for c, *_ in found] == ["RETAIL_SALES", "NEW_ENTERPRISES", "NEW_COOPERATIVES"]


def test_the_level_named_twice_and_visitors_called_du_khach(lex, units):
    found = codes(
        "Có thêm 8 xã đạt chuẩn xã nông thôn mới nâng cao; 1 huyện đạt chuẩn huyện nông thôn mới; "
        "đón 6,5 triệu lượt du khách.",
        lex,
        units,
    )
    # "Có thêm" covers the district listed after the communes, not the visitors' own "đón" (CONVENTIONS
    # session 33; rounds 35 and 36)
    assert [c for c, *_ in found] == [
        "ADVANCED_NEW_RURAL_COMMUNES_ADDED",
        "NEW_RURAL_DISTRICTS_ADDED",
        "TOURIST_ARRIVALS",
    ]


def test_a_poverty_rate_cut_in_points(lex, units):
    assert codes("Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) giảm 1 - 1,5 điểm %.", lex, units) == [
        ("POVERTY_RATE_REDUCTION", "between", 1.0, "percentage_point")
    ]


def test_the_scope_says_what_a_bare_sector_name_measures(lex, units):
    found = codes(
        "Tỷ trọng trong GRDP của khu vực nông, lâm, thủy sản khoảng 12%; khu vực công nghiệp - xây "
        "dựng khoảng 45%; khu vực dịch vụ khoảng 36%.",
        lex,
        units,
    )
    assert [c for c, *_ in found] == ["SHARE_AGRICULTURE", "SHARE_INDUSTRY_CONSTRUCTION", "SHARE_SERVICES"]


def test_other_names_of_waste_population_tfp_investment_and_draft(lex, units):
    found = codes(
        "Tỷ lệ chất thải rắn đô thị được thu gom đạt 97%; tỷ lệ gia tăng dân số tự nhiên dưới 1%; "
        "tỷ lệ đóng góp của năng suất tổng hợp vào tăng trưởng kinh tế đạt 45%; tỷ lệ vốn đầu tư/GRDP "
        "trên 32%.",
        lex,
        units,
    )
    assert [c for c, *_ in found] == [
        "URBAN_WASTE_COLLECTION",
        "POPULATION_GROWTH",
        "TFP_CONTRIBUTION",
        "SOCIAL_INVESTMENT_SHARE_GRDP",
    ]
    assert codes("Phấn đấu hoàn thành 100% chỉ tiêu gọi công dân nhập ngũ.", lex, units) == [
        ("MILITARY_RECRUITMENT", "achieve", None, None)
    ]


def test_a_share_written_before_who_is_counted(lex, units):
    found = codes(
        "Phấn đấu 96% dân số tham gia bảo hiểm y tế; 75% lao động được đào tạo; 99% hộ dân được sử "
        "dụng nước sạch; 100% hồ sơ thủ tục hành chính được giải quyết trực tuyến.",
        lex,
        units,
    )
    assert [c for c, *_ in found] == [
        "HEALTH_INSURANCE_COVERAGE",
        "TRAINED_LABOUR_SHARE",
        "CLEAN_WATER_ACCESS",
        "ONLINE_PUBLIC_SERVICES_SHARE",
    ]


def test_phrasing_written_around_a_share(lex, units):
    """A share written inside the phrasing it states: "giải ngân 90% vốn đầu tư công đã bố trí"
    is "giải ngân ... vốn đầu tư công" said with the verb before and the capital after the number."""
    found = codes("Phấn đấu giải ngân 90% vốn đầu tư công đã bố trí trong năm.", lex, units)
    assert found == [("PUBLIC_INVESTMENT_DISBURSEMENT", "eq", 90.0, "percent")]


def test_a_rank_does_not_state_an_amount(lex, units):
    """ "nằm trong top 5" ranks the province: a phrasing of an amount before it (budget revenue,
    in billions) does not give its code to the rank; a phrasing of a rank still does."""
    found = codes("Thu ngân sách của tỉnh tiếp tục nằm trong top 5 cả nước.", lex, units)
    assert [(c, u) for c, _, _, u in found] == [(None, "rank")]
    found = codes("Chỉ số PCI của tỉnh nằm trong top 10 cả nước.", lex, units)
    assert [(c, u) for c, _, _, u in found] == [("PCI_RANK", "rank")]


def test_growth_said_right_after_an_amount(lex, units):
    """ "đạt 3 tỷ USD, tăng khoảng 10%": the percent is the growth of the amount just named; it
    takes the growth code the unit switches give, and a comma alone does not carry it."""
    found = codes("Kim ngạch xuất khẩu đạt 3 tỷ USD, tăng khoảng 10%.", lex, units)
    assert found == [
        ("EXPORT_VALUE", "eq", 3000000000.0, "usd"),
        ("EXPORT_GROWTH", "approx", 10.0, "percent"),
    ]
    found = codes("Tổng mức bán lẻ hàng hóa đạt 95.000 tỷ đồng, tăng 14%.", lex, units)
    assert [c for c, *_ in found] == ["RETAIL_SALES", "RETAIL_SALES_GROWTH"]
    found = codes("Thu ngân sách đạt 20.000 tỷ đồng, 9%.", lex, units)
    assert [c for c, *_ in found] == ["BUDGET_REVENUE"]
    found = codes("Thu ngân sách đạt 9.000 tỷ đồng, tăng 6% so với dự toán.", lex, units)
    assert "BUDGET_REVENUE_GROWTH" not in [c for c, *_ in found]


def test_a_standing_among_the_regions_leading_provinces(lex, units):
    """A province aiming to belong to the leading or fairly developed group of its region, with no
    number, is the regional development standing (an achieve aim)."""
    for sentence in (
        "Phấn đấu đến năm 2030, đưa tỉnh trở thành tỉnh phát triển thuộc nhóm dẫn đầu của khu vực Tây Nguyên.",
        "Đến năm 2030, tỉnh đạt trình độ phát triển thuộc nhóm khá của vùng Đông Nam Bộ.",
    ):
        assert codes(sentence, lex, units) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None)]
