"""Targets in forms met on real pages, in our own words: a land-allocation table
flattened one cell per line with decimal-numbered sub-rows; a paragraph announcing how many
targets a term sets; items numbered in words ("Một là, ...")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_land_allocation_table_gives_its_allocated_column_with_numbered_sub_rows(lex, units):
    # columns: order | land use | current area | area allocated up to 2030 | difference; the
    # sub-rows are numbered "1.1", "1.2" and a "Trong đó:" line with empty cells opens them
    cells = [
        "Bảng 3: Chỉ tiêu sử dụng đất phân bổ cho tỉnh",
        "Đơn vị tính: ha",
        "Thứ tự",
        "Mục đích sử dụng đất",
        "Hiện trạng năm 2020",
        "Diện tích Chính phủ phân bổ đến năm 2030",
        "So sánh với hiện trạng",
        "1",
        "Đất nông nghiệp",
        "210.300",
        "205.100",
        "-5.200",
        "Trong đó:",
        " ",
        " ",
        "1.1",
        "Đất trồng lúa",
        "31.200",
        "30.050",
        "-1.150",
        "1.2",
        "Đất rừng sản xuất",
        "80.400",
        "84.000",
        "3.600",
        "2",
        "Đất phi nông nghiệp",
        "25.700",
        "31.900",
        "6.200",
    ]
    text = "\n\n".join(cells)
    assert rows(text, lex, units, published_year=2021) == [
        ("", "eq", 30050.0, None, 2030),
        ("", "eq", 31900.0, None, 2030),
        ("", "eq", 84000.0, None, 2030),
        ("", "eq", 205100.0, None, 2030),
    ]


def test_a_small_last_figure_before_an_unnumbered_sub_item_is_a_figure_not_a_row_number(lex, units):
    # "85" ends the row of the health sub-item: the "- " sub-item after it carries no number, so
    # "85" is no row number (main read it as one, and the row lost its plan cell)
    cells = [
        "STT",
        "Chỉ tiêu",
        "TH năm 2020",
        "KH năm 2025",
        "1",
        "Đất phát triển hạ tầng (ha)",
        "1.500",
        "1.900",
        "Trong đó:",
        "- Đất cơ sở y tế (ha)",
        "60",
        "85",
        "- Đất cơ sở giáo dục (ha)",
        "310",
        "402",
    ]
    text = "\n\n".join(cells)
    assert rows(text, lex, units, published_year=2021) == [
        ("", "eq", 85.0, None, 2025),
        ("", "eq", 402.0, None, 2025),
        ("", "eq", 1900.0, None, 2025),
    ]


def test_an_item_numbered_in_words_after_a_reporting_item_reads_in_the_page_frame(lex, units):
    # the second item estimates (a result); the third, numbered in words like it, states the
    # year's target with no cue of its own: it is no continuation of the review
    text = (
        "Thành phố đặt ra 5 chỉ tiêu chủ yếu cho năm 2026\n\n"
        "Một là, tổng thu ngân sách nhà nước trên địa bàn đạt 20.000 tỷ đồng.\n\n"
        "Hai là, kim ngạch xuất khẩu ước tăng 7% so với năm 2025.\n\n"
        "Ba là, tỷ lệ hộ nghèo giảm còn 1,2%."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("BUDGET_REVENUE", "eq", 20000.0, None, 2026),
        ("POVERTY_RATE", "lte", 1.2, None, 2026),
    ]


def test_a_paragraph_announcing_a_count_of_main_targets_for_a_term_opens_a_target_section(lex, units):
    # the opener names the term (a period, no single year) after a long lead-in and a count of
    # targets; the breakdown's later sentence and the plain paragraph after it are due by the
    # term's end
    text = (
        "Đại hội Đảng bộ tỉnh nhiệm kỳ mới\n\n"
        "Theo báo cáo chính trị trình đại hội đại biểu lần thứ nhất, 20 chỉ tiêu chủ yếu được đặt ra "
        "cho nhiệm kỳ 2025 – 2030 thể hiện quyết tâm của tỉnh.\n\n"
        "Trong đó, GRDP bình quân đầu người đạt 6.000 USD. Kinh tế số chiếm 20% GRDP.\n\n"
        "Tỷ lệ hộ nghèo đa chiều còn dưới 1%, tỷ lệ lao động qua đào tạo đạt 75%."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("DIGITAL_ECONOMY_SHARE", "eq", 20.0, None, 2030),
        ("GRDP_PER_CAPITA_USD", "eq", 6000.0, None, 2030),
        ("POVERTY_RATE", "lt", 1.0, None, 2030),
        ("TRAINED_LABOUR_SHARE", "eq", 75.0, None, 2030),
    ]


def test_items_numbered_with_a_slash_belong_to_the_list_heading_before_them(lex, units):
    # "2/ ..." is a list item like "2. ...": a short unpunctuated one is no heading of its own,
    # and the items after it stay under the heading that names the year's aims
    text = (
        "Nghị quyết về nhiệm vụ năm 2026\n\n"
        "- Kỳ họp nhấn mạnh các mục tiêu chủ yếu sau:\n\n"
        "1/ Thu ngân sách trên địa bàn = 3.000 tỷ đồng\n\n"
        "2/ Chi ngân sách = 3.200 tỷ đồng\n\n"
        "3/ Tổng giá trị kim ngạch xuất khẩu = 150 triệu USD."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("BUDGET_EXPENDITURE", "eq", 3200.0, None, 2026),
        ("BUDGET_REVENUE", "eq", 3000.0, None, 2026),
        ("EXPORT_VALUE", "eq", 150000000.0, None, 2026),
    ]


def test_output_values_and_budget_raising_written_without_san_xuat_and_the_sector_share_of_grdp_growth(lex, units):
    # "Giá trị công nghiệp tăng" / "Giá trị nông, lâm nghiệp và thủy sản tăng": output values
    # with "sản xuất" left out; "huy động ngân sách tăng": revenue growth; the growth of GRDP
    # "của ngành nông nghiệp" is the sector's, not the province's
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2030\n\n"
        "Đến năm 2030, giá trị nông, lâm nghiệp và thủy sản tăng bình quân 3%/năm; giá trị công nghiệp "
        "tăng bình quân 12%/năm; huy động ngân sách tăng 9%/năm; tốc độ tăng trưởng GRDP của ngành nông "
        "nghiệp đạt từ 4% trở lên."
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("AGRI_PRODUCTION_VALUE_GROWTH", "eq", 3.0, None, 2030),
        ("BUDGET_REVENUE_GROWTH", "eq", 9.0, None, 2030),
        ("INDUSTRIAL_PRODUCTION_GROWTH", "eq", 12.0, None, 2030),
        ("SECTOR_I_GROWTH", "gte", 4.0, None, 2030),
    ]


def test_sector_growths_under_a_gdp_growth_written_with_dashes_in_a_bracketed_breakdown(lex, units):
    # older pages write the province's product "GDP"; the sectors follow in brackets, written
    # with dashes and no "và"
    text = (
        "Mục tiêu cụ thể\n\n"
        "Tốc độ tăng trưởng GDP bình quân hằng năm giai đoạn 2026-2030 đạt 9-10% (trong đó công "
        "nghiệp – xây dựng 13-14%, dịch vụ 9-10%; và nông – lâm nghiệp – thủy sản là 3,0-3,5%);"
    )
    assert rows(text, lex, units, published_year=2025) == [
        ("GRDP_GROWTH", "between", 9.0, 10.0, 2030),
        ("SECTOR_III_GROWTH", "between", 9.0, 10.0, 2030),
        ("SECTOR_II_GROWTH", "between", 13.0, 14.0, 2030),
        ("SECTOR_I_GROWTH", "between", 3.0, 3.5, 2030),
    ]
