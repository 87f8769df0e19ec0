"""Kinds of target text real pages write that the rules misread (session 18, issue 8), each
in our own words: a lead-in that recalls achievements before it sets aims, a baseline named by
what was realised in its year, a page cut inside the comparator after its last number."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def coded(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, published_year)
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in found
    )


def test_achievements_recalled_with_da_do_not_make_the_aims_a_result(lex, units):
    text = (
        "Hội nghị Tỉnh ủy\n\n"
        "Nhằm phát huy những thành tựu đã đạt được, Ban Chấp hành Đảng bộ tỉnh thống nhất các nhiệm vụ "
        "năm 2025, trong đó phấn đấu thực hiện các chỉ tiêu như: Tỷ lệ lao động qua đào tạo đạt 72%; "
        "Tỷ lệ đô thị hóa đạt 45%."
    )
    assert coded(text, lex, units, 2025) == [
        ("TRAINED_LABOUR_SHARE", "eq", 72.0, None, 2025),
        ("URBANISATION_RATE", "eq", 45.0, None, 2025),
    ]


def test_a_baseline_named_by_what_was_realised_is_no_target_year(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu tổng sản phẩm trên địa bàn tăng từ 7 - 7,5% so với ước thực hiện năm 2024; "
        "tỷ lệ đô thị hóa đạt 38%."
    )
    assert coded(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "between", 7.0, 7.5, 2025),
        ("URBANISATION_RATE", "eq", 38.0, None, 2025),
    ]


def test_a_floor_written_between_a_count_and_what_it_counts(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu có 03 xã trở lên đạt chuẩn nông thôn mới, 1 huyện trở lên đạt chuẩn nông "
        "thôn mới; 90% trở lên xã, phường, thị trấn an toàn về an ninh, trật tự."
    )
    assert coded(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "gte", 3.0, None, 2025),
        ("NEW_RURAL_DISTRICTS", "gte", 1.0, None, 2025),
        ("SAFE_COMMUNES_SHARE", "gte", 90.0, None, 2025),
    ]


def test_a_page_cut_inside_the_comparator_after_its_last_number(lex, units):
    lead = "Kế hoạch năm 2025\n\nNăm 2025, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 40%; tỷ lệ che phủ rừng đạt 55% "
    assert coded(lead + "trở lê", lex, units, 2025) == [
        ("FOREST_COVER", "gte", 55.0, None, 2025),
        ("URBANISATION_RATE", "eq", 40.0, None, 2025),
    ]
    # "trở" may begin "trở lên" or "trở xuống": the cut statement gives no row
    assert coded(lead + "trở", lex, units, 2025) == [("URBANISATION_RATE", "eq", 40.0, None, 2025)]
    # a page that goes on after a word is not cut there
    assert ("FOREST_COVER", "eq", 55.0, None, 2025) in coded(lead + "trở thành.\n\nTin khác", lex, units, 2025)


def test_sectors_listed_after_one_output_value_take_its_measure(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh đặt mục tiêu giá trị sản xuất công nghiệp tăng 12%, nông, lâm, thủy sản tăng 3%; "
        "giá trị sản xuất nông nghiệp tăng 3,5%, công nghiệp tăng 11% so với năm 2024."
    )
    assert coded(text, lex, units, 2025) == [
        ("AGRI_PRODUCTION_VALUE_GROWTH", "eq", 3.0, None, 2025),
        ("AGRI_PRODUCTION_VALUE_GROWTH", "eq", 3.5, None, 2025),
        ("INDUSTRIAL_PRODUCTION_GROWTH", "eq", 11.0, None, 2025),
        ("INDUSTRIAL_PRODUCTION_GROWTH", "eq", 12.0, None, 2025),
    ]


def test_a_count_restated_as_the_share_it_makes(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu nâng số xã đạt chuẩn nông thôn mới lên 96 xã/120 xã, đạt tỷ lệ 80%; "
        "tỷ lệ hộ nghèo giảm còn 2%."
    )
    assert coded(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "eq", 96.0, None, 2025),
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 80.0, None, 2025),
        ("POVERTY_RATE", "lte", 2.0, None, 2025),
    ]


def test_a_count_restated_as_its_share_in_brackets_after_its_verb(lex, units):
    # "... là 90/150 xã đạt (60%)": the bracketed share after "đạt" restates the tally (session 33)
    text = (
        "Kế hoạch năm 2027\n\n"
        "Năm 2027, tỉnh phấn đấu nâng tổng số xã đạt chuẩn nông thôn mới nâng cao là 90/150 xã đạt (60%)."
    )
    assert coded(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 60.0, None, 2027),
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 90.0, None, 2027),
    ]


def test_a_count_restated_as_its_share_in_brackets_opened_by_chiem_or_ty_le(lex, units):
    # "45 xã ... (chiếm 90%)", "(tỷ lệ 40%)": the bracketed share restates the count (session 33: two rows)
    text = (
        "Kế hoạch nông thôn mới\n\n"
        "Đến năm 2028, huyện phấn đấu có 45 xã đạt chuẩn nông thôn mới (chiếm 90%) "
        "và 20 xã đạt chuẩn nông thôn mới nâng cao (tỷ lệ 40%)."
    )
    assert coded(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 20.0, None, 2028),
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 40.0, None, 2028),
        ("NEW_RURAL_COMMUNES", "eq", 45.0, None, 2028),
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 90.0, None, 2028),
    ]
    # outside brackets the words are no restatement: the share stays as it was read
    plain = "Kế hoạch nông thôn mới\n\nĐến năm 2028, huyện phấn đấu có 45 xã đạt chuẩn nông thôn mới, chiếm 90%."
    assert coded(plain, lex, units, 2026) == [("NEW_RURAL_COMMUNES", "eq", 45.0, None, 2028)]


def test_a_state_kept_in_a_sentence_that_reports_results_is_narrated(lex, units):
    text = (
        "Kinh tế năm 2024\n\n"
        "Các ngành hàng chủ lực tăng khá. Trong đó, thủy sản ước đạt 3.100 tỷ đồng, tăng 8%; "
        "cây ăn quả giữ vai trò quan trọng, sản lượng duy trì 1,2 triệu tấn, trái cây xuất khẩu chiếm 40%."
    )
    assert coded(text, lex, units, 2024) == []
    # the same verb with a later year of its own still sets an aim
    later = "Kinh tế năm 2024\n\nNăm 2024 thu ngân sách ước đạt 9.000 tỷ đồng; năm 2025 duy trì tỷ lệ hộ nghèo dưới 2%."
    assert coded(later, lex, units, 2024) == [("POVERTY_RATE", "lt", 2.0, None, 2025)]


def test_a_plan_figure_in_brackets_beside_a_result_of_the_year_under_way(lex, units):
    text = (
        "Kinh tế 6 tháng đầu năm 2024\n\n"
        "Tổng sản phẩm trên địa bàn 6 tháng đầu năm 2024 ước tăng 6,8% so với cùng kỳ (kế hoạch năm 2024 "
        "tăng 8 - 8,5%). Thu ngân sách đạt 5.200 tỷ đồng (dự toán 9.800 tỷ đồng)."
    )
    assert coded(text, lex, units, 2024) == [
        ("BUDGET_REVENUE", "eq", 9800.0, None, 2024),
        ("GRDP_GROWTH", "between", 8.0, 8.5, 2024),
    ]
    # the same page with no known date still reviews part of the year
    assert ("GRDP_GROWTH", "between", 8.0, 8.5, 2024) in coded(text, lex, units, None)


def test_last_years_plan_in_brackets_is_no_target(lex, units):
    text = "Kinh tế năm 2023\n\nNăm 2023, tổng sản phẩm trên địa bàn tăng 6,1% (kế hoạch 7%)."
    assert coded(text, lex, units, 2024) == []
    # nor, with no known date, a whole year's plan: the year may be over
    assert coded(text, lex, units, None) == []


def test_the_provinces_product_called_domestic_with_its_place(lex, units):
    text = (
        "Kinh tế 6 tháng đầu năm\n\n"
        "Nếu không tính ngành khai khoáng, tổng sản phẩm nội địa trên địa bàn của tỉnh tăng 7,9% "
        "(nghị quyết của HĐND tỉnh đặt mục tiêu 7,5%), cao nhất nhiều năm."
    )
    assert coded(text, lex, units, 2024) == [("GRDP_GROWTH", "eq", 7.5, None, 2024)]


def test_work_done_with_da_sets_no_aim(lex, units):
    text = (
        "Vận hành bộ máy mới\n\n"
        "Các sở, ngành đã chủ động xây dựng kế hoạch, phương án sắp xếp trụ sở, bàn giao hồ sơ; "
        "duy trì tiếp nhận 100% hồ sơ theo hình thức trực tuyến."
    )
    assert coded(text, lex, units, None) == []
    # a past aim stated with its figure still sets it, and the kept state goes with it
    aims = (
        "Kế hoạch năm 2025\n\n"
        "Tỉnh đã đề ra mục tiêu tăng trưởng kinh tế năm 2025 đạt 8%; duy trì tỷ lệ hộ nghèo dưới 2%."
    )
    assert coded(aims, lex, units, 2025) == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2025),
        ("POVERTY_RATE", "lt", 2.0, None, 2025),
    ]


def test_a_plan_completed_reports_a_result(lex, units):
    text = (
        "Kinh tế - xã hội năm 2023\n\n"
        "Tỉnh đã thực hiện kịp thời các chính sách an sinh, đưa tỷ lệ hộ nghèo giảm 2,1%, vượt kế hoạch đề ra; "
        "hoàn thành kế hoạch xây nhà cho hộ nghèo, cận nghèo với gần 900 căn nhà."
    )
    assert coded(text, lex, units, None) == []
    # the plan a text sets out to complete, with its figure, is an aim
    aim = "Kế hoạch năm 2025\n\nNăm 2025, phấn đấu hoàn thành kế hoạch xây 1.200 căn nhà cho hộ nghèo."
    assert [r[1:] for r in coded(aim, lex, units, 2025)] == [("eq", 1200.0, None, 2025)]


def test_a_bracketed_plan_takes_the_publication_year_the_page_names_last(lex, units):
    text = (
        "Kỳ họp cuối năm\n\n"
        "Năm 2024, Nghị quyết của HĐND tỉnh đề ra 18 chỉ tiêu, ước cả năm có 17 chỉ tiêu đạt và vượt.\n\n"
        "Cụ thể, tốc độ tăng trưởng kinh tế tăng 8,8% (kế hoạch 7,5%)."
    )
    assert coded(text, lex, units, 2024) == [("GRDP_GROWTH", "eq", 7.5, None, 2024)]
    # in January the year named last is the one under review, not the publication year
    assert coded(text, lex, units, 2025) == []
