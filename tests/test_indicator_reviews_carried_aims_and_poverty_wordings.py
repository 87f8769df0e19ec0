"""Reviews of a finished year, aims a text carries out without setting them, and a poverty rate
named by its standard (issue 8, round 19), in our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_completed_and_passed_all_targets_reviews_the_year(lex, units):
    """ "hoàn thành và vượt 12/12 chỉ tiêu" reviews the year, as "đạt và vượt" does; "theo đúng
    kế hoạch" says a figure was reached as planned: neither the figure nor the paragraph after
    it sets a target."""
    text = (
        "Tin tỉnh nhà\n\n"
        "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh khẳng định, năm 2025 là năm nhiều dấu ấn, "
        "trong đó tỉnh hoàn thành và vượt toàn bộ 12/12 chỉ tiêu kinh tế - xã hội, đạt mức tăng "
        "trưởng GRDP 7,5% theo đúng kế hoạch.\n\n"
        "Kinh tế tiếp tục khởi sắc. GRDP bình quân đầu người đạt 82 triệu đồng. Toàn tỉnh đón 4,2 "
        "triệu lượt khách du lịch."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_an_aim_carried_out_in_words_sets_no_target(lex, units):
    """ "thực hiện mục tiêu tăng trưởng 2 con số" carries out an aim others set (CONVENTIONS: a
    purpose clause sets no target); the province's own figure beside it stays."""
    text = (
        "Kế hoạch năm 2026\n\n"
        "Năm 2026 là năm mở đầu kế hoạch 5 năm 2026 - 2030, thực hiện mục tiêu tăng trưởng 2 con "
        "số, đưa đất nước vững bước phát triển. Tỉnh phấn đấu tăng trưởng GRDP đạt 9%."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.0, None, 2026)]


def test_poverty_rate_named_by_its_standard_without_households(lex, units):
    """ "tỷ lệ nghèo theo chuẩn nghèo đa chiều" is the poverty rate; "giảm" before its figure
    makes the yearly reduction in points, "còn" the rate reached."""
    text = (
        "Mục tiêu đến năm 2030\n\n"
        "Phấn đấu tỷ lệ lao động có việc làm đạt 96%; tỷ lệ nghèo theo chuẩn nghèo đa chiều giảm "
        "1,5 - 2%/năm. Đến năm 2030, tỷ lệ nghèo theo chuẩn nghèo đa chiều còn dưới 1%."
    )
    found = [k for k in sorted_row_keys(text, lex, units, 2025) if k[0].startswith("POVERTY")]
    assert found == [("POVERTY_RATE", "lt", 1.0, None, 2030), ("POVERTY_RATE_REDUCTION", "between", 1.5, 2.0, 2030)]


def test_a_capital_allocation_sets_no_target(lex, units):
    """ "Phân bổ vốn ... 6.200 tỷ đồng", "kế hoạch đầu tư vốn 4.100 tỷ đồng" appropriate money
    (CONVENTIONS, session 27): no row; the growth aim after them stays."""
    text = (
        "Quý I năm 2025\n\n"
        "Vốn đầu tư công năm 2025 phân bổ theo quyết định của Thủ tướng là 6.200 tỷ đồng, kế hoạch "
        "đầu tư vốn từ ngân sách tỉnh 4.100 tỷ đồng. Tỉnh phấn đấu năm 2025 tăng trưởng GRDP trên 9%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "gt", 9.0, None, 2025)]


def test_the_momentum_a_target_builds_names_no_aim_of_its_own(lex, units):
    """ "..., phấn đấu đạt 8,5% trở lên và tạo đà tăng trưởng hai con số giai đoạn 2026 - 2030":
    the momentum names a further aim (``served_aim``): no gte-10 row, and 2030 is not the 8,5%'s
    year."""
    text = (
        "Hội nghị Tỉnh ủy\n\n"
        "Tỉnh ủy thống nhất tăng trưởng GRDP năm 2025 từ 7,5 - 8%, phấn đấu đạt 8,5% trở lên và tạo "
        "đà tăng trưởng hai con số giai đoạn 2026 - 2030."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "between", 7.5, 8.0, 2025),
        ("GRDP_GROWTH", "gte", 8.5, None, 2025),
    ]


def test_a_headline_keeping_its_comparator_restates_the_body_target(lex, units):
    """A headline naming no year that repeats the body's figures with a comparator ("bình quân 9
    - 9,5%/năm", "trên 12.000 tỷ đồng") is no row of its own, whatever its comparator (CONVENTIONS,
    session 27); the body's row, with its year, is the row."""
    text = (
        "Tỉnh đặt mục tiêu tăng trưởng GRDP bình quân 9 - 9,5%/năm\n\n"
        "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 đặt mục tiêu đến năm 2030 tăng trưởng GRDP bình "
        "quân 9 - 9,5%/năm."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "between", 9.0, 9.5, 2030)]
    # the headline's year is only the page's default (here the year a plan document names)
    assert sorted_row_keys(text, lex, units, 2025, 2025) == [("GRDP_GROWTH", "between", 9.0, 9.5, 2030)]
    dated = text.replace("9,5%/năm\n", "9,5%/năm đến năm 2027\n", 1)
    assert ("GRDP_GROWTH", "between", 9.0, 9.5, 2027) in sorted_row_keys(dated, lex, units, 2025, 2025)


def test_a_caption_repeating_the_headline_with_no_space_before_the_dash_is_chrome(lex):
    """ "... 9,5%/năm- Ảnh 2." repeats the headline under a photo, as "... - Ảnh 2." does."""
    from pipelines.ingest.clean import clean_text

    lead = "Đại hội Đảng bộ tỉnh đặt mục tiêu tăng trưởng GRDP bình quân 9 - 9,5%/năm trong nhiệm kỳ mới."
    raw = f"{lead}\nTỉnh đặt mục tiêu tăng trưởng bình quân 9 - 9,5%/năm- Ảnh 2.\n{lead}"
    assert clean_text(raw.encode(), "x.txt", lex.chrome_rules) == f"{lead}\n{lead}"


def test_a_reduction_written_before_multidimensional_poor_households(lex, units):
    """ "giảm 2 - 2,5% hộ nghèo đa chiều" is the yearly reduction of the poverty rate, in points;
    a count of households ("giảm 900 hộ nghèo đa chiều", "số hộ nghèo đa chiều còn 400 hộ") is no
    value of the rate: uncoded."""
    text = "Kế hoạch năm 2026\n\nMỗi năm, tỉnh phấn đấu giảm 2 - 2,5% hộ nghèo đa chiều."
    assert sorted_row_keys(text, lex, units, 2025) == [("POVERTY_RATE_REDUCTION", "between", 2.0, 2.5, 2026)]
    counts = (
        "Kế hoạch năm 2026\n\nPhấn đấu giảm 900 hộ nghèo đa chiều; đến cuối năm 2026, số hộ nghèo đa chiều còn 400 hộ."
    )
    # the households cut are POOR_HOUSEHOLDS_REDUCED since round 35; those left stay uncoded
    assert sorted_row_keys(counts, lex, units, 2025) == [
        ("", "lte", 400.0, None, 2026),
        ("POOR_HOUSEHOLDS_REDUCED", "eq", 900.0, None, 2026),
    ]


def test_advanced_and_model_communes_abbreviated(lex, units):
    """ "số xã đạt chuẩn NTM nâng cao" and "xã đạt NTM kiểu mẫu" (NTM = nông thôn mới) name the
    higher tiers, not the basic standard."""
    text = (
        "Nghị quyết về nông thôn mới\n\n"
        "Phấn đấu đến năm 2025 có trên 35% số xã đạt chuẩn NTM nâng cao. Đến năm 2025 có 12 xã đạt "
        "NTM kiểu mẫu."
    )
    assert sorted_row_keys(text, lex, units, 2022) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "gt", 35.0, None, 2025),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 12.0, None, 2025),
    ]


def test_a_councils_numbered_term_is_no_plan_period_for_rates_per_year(lex, units):
    """ "HĐND tỉnh khóa 19, nhiệm kỳ 2021-2026" is the council's term (``body_term``, with an
    Arabic number as with a Roman one): a rate per year set later ("... USD/năm") is not due in
    2026; with no year of its own it takes none here."""
    text = (
        "Kỳ họp chuyên đề\n\n"
        "Tại kỳ họp thứ 3, HĐND tỉnh khóa 19, nhiệm kỳ 2021-2026 đã thông qua nhiều nghị quyết.\n\n"
        "Theo đó, tỉnh phấn đấu GRDP bình quân đầu người đạt 6.000-6.200 USD/năm."
    )
    assert sorted_row_keys(text, lex, units) == [("GRDP_PER_CAPITA_USD", "between", 6000.0, 6200.0, None)]
