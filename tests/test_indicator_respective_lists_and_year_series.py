"""One sentence handing several figures out to several items, years or periods, written in our
own words: a "respectively" word (``tương ứng``, ``lần lượt``) gives the figures after it, in
order, to the items named before it or right after each figure; in a series that names each
figure's year or period first, a later year joined by "và" dates the figure after it, not the
one before; and a comparator before the first of coordinated figures covers each (CONVENTIONS,
session 28)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_figures_after_a_respectively_word_go_to_the_items_named_before_it(lex, units):
    text = (
        "Mục tiêu đến năm 2030\n\n"
        "Phấn đấu đến năm 2030, tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, dịch vụ "
        "tương ứng 12%, 48% và 40%; tỷ lệ đô thị hóa đạt 45%."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("SHARE_AGRICULTURE", "eq", 12.0, None, 2030),
        ("SHARE_INDUSTRY_CONSTRUCTION", "eq", 48.0, None, 2030),
        ("SHARE_SERVICES", "eq", 40.0, None, 2030),
        ("URBANISATION_RATE", "eq", 45.0, None, 2030),
    ]


def test_figures_joined_by_dashes_after_a_respectively_word_are_one_each(lex, units):
    text = (
        "Các chỉ tiêu chủ yếu\n\n"
        "Cơ cấu kinh tế đến năm 2030: công nghiệp - dịch vụ - nông nghiệp tương ứng đạt "
        "55,5% - 36% - 8,5%."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("SHARE_AGRICULTURE", "eq", 8.5, None, 2030),
        ("SHARE_INDUSTRY_CONSTRUCTION", "eq", 55.5, None, 2030),
        ("SHARE_SERVICES", "eq", 36.0, None, 2030),
    ]


def test_each_figure_after_a_respectively_word_goes_to_the_item_written_after_it(lex, units):
    text = (
        "Kế hoạch năm 2027\n\n"
        "Năm 2027, kim ngạch xuất nhập khẩu phấn đấu đạt lần lượt khoảng 9 tỷ USD xuất khẩu và "
        "7,5 tỷ USD nhập khẩu."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("EXPORT_VALUE", "approx", 9e9, None, 2027),
        ("IMPORT_VALUE", "approx", 7.5e9, None, 2027),
    ]


def test_a_respectively_word_with_fewer_items_than_figures_hands_nothing_out(lex, units):
    # one item, two figures: the figures are not handed out in order (the rules read them as before)
    text = "Mục tiêu\n\nPhấn đấu đến năm 2030, tỷ lệ che phủ rừng tương ứng 45% và 47%."
    # one row per (code, comparator, year) keeps the first figure; 47% is not handed to another item
    assert sorted_row_keys(text, lex, units, 2026) == [("FOREST_COVER", "eq", 45.0, None, 2030)]


def test_each_period_of_a_series_dates_the_figure_after_it(lex, units):
    text = (
        "Mục tiêu cụ thể\n\n"
        "- Tốc độ tăng trưởng GRDP giai đoạn 2026 - 2027 đạt bình quân khoảng 9%/năm, giai đoạn "
        "2028 - 2030 đạt bình quân khoảng 10 - 11%/năm và giai đoạn 2031 - 2035 đạt bình quân "
        "khoảng 8 - 8,5%/năm."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "approx", 9.0, None, 2027),
        ("GRDP_GROWTH", "between", 8.0, 8.5, 2035),
        ("GRDP_GROWTH", "between", 10.0, 11.0, 2030),
    ]


def test_a_later_year_joined_by_va_dates_what_follows_it(lex, units):
    text = (
        "Chương trình xây dựng nông thôn mới\n\n"
        "Theo đó, đến năm 2027, tỉnh phấn đấu có 40 xã đạt chuẩn nông thôn mới và đến năm 2030, "
        "toàn tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "eq", 40.0, None, 2027),
        ("NEW_RURAL_PROVINCE", "achieve", None, None, 2030),
    ]


def test_a_year_right_after_a_figure_still_dates_it(lex, units):
    # the year follows the figure with no "và": it is that figure's own year
    text = "Mục tiêu\n\nPhấn đấu tỷ lệ che phủ rừng đạt 45% vào năm 2027 và đạt 47% vào năm 2030."
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("FOREST_COVER", "eq", 45.0, None, 2027),
        ("FOREST_COVER", "eq", 47.0, None, 2030),
    ]


def test_a_comparator_before_coordinated_counts_covers_each(lex, units):
    text = (
        "Mục tiêu\n\n"
        "Phấn đấu đến năm 2030 có ít nhất 20 xã đạt chuẩn nông thôn mới nâng cao và 8 xã đạt chuẩn "
        "nông thôn mới kiểu mẫu."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "gte", 20.0, None, 2030),
        ("MODEL_NEW_RURAL_COMMUNES", "gte", 8.0, None, 2030),
    ]


def test_a_comparator_does_not_cover_a_figure_named_differently(lex, units):
    # the first figure has no words after it, the second names what it counts: no coordination
    text = "Mục tiêu\n\nĐến năm 2030, giảm tỷ lệ hộ nghèo xuống dưới 2% và 100% số xã đạt chuẩn nông thôn mới."
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 100.0, None, 2030),
        ("POVERTY_RATE", "lt", 2.0, None, 2030),
    ]


def test_a_respectively_sentence_naming_no_item_takes_the_items_of_the_sentence_before(lex, units):
    text = (
        "Mục tiêu cụ thể\n\n"
        "- Cơ cấu kinh tế năm 2027: công nghiệp - xây dựng đạt 38%; nông - lâm - ngư nghiệp đạt "
        "14%; dịch vụ đạt 48%. Năm 2030 đạt tương ứng: 41%; 10% và 49%."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("SHARE_AGRICULTURE", "eq", 10.0, None, 2030),
        ("SHARE_AGRICULTURE", "eq", 14.0, None, 2027),
        ("SHARE_INDUSTRY_CONSTRUCTION", "eq", 38.0, None, 2027),
        ("SHARE_INDUSTRY_CONSTRUCTION", "eq", 41.0, None, 2030),
        ("SHARE_SERVICES", "eq", 48.0, None, 2027),
        ("SHARE_SERVICES", "eq", 49.0, None, 2030),
    ]


def test_last_years_figures_given_respectively_in_brackets_of_a_result_are_no_rows(lex, units):
    text = (
        "Kết quả năm 2025\n\n"
        "Năm 2025, cơ cấu kinh tế ước đạt: công nghiệp - xây dựng chiếm 40%, dịch vụ chiếm 45% và "
        "nông nghiệp chiếm 15% (năm 2024 lần lượt là: 39%, 44% và 17%)."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_a_later_year_opening_its_own_statement_leaves_the_figures_before_it_to_the_list_year(lex, units):
    text = (
        "Kế hoạch phát triển\n\n"
        "Các chỉ tiêu chủ yếu đến năm 2030: có 85% số xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo "
        "giảm 1 - 1,5%/năm, đến năm 2027 đưa huyện Tân Lập ra khỏi danh sách huyện nghèo; tỷ lệ "
        "che phủ rừng đạt 60%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("FOREST_COVER", "eq", 60.0, None, 2030),
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 85.0, None, 2030),
        ("POVERTY_RATE_REDUCTION", "between", 1.0, 1.5, 2030),
    ]


def test_an_uncoded_figure_series_by_period_gives_a_row_for_each_period(lex, units):
    text = (
        "Mục tiêu cụ thể\n\n"
        "- Tỷ lệ vốn ngân sách dành cho khoa học so với tổng chi giai đoạn 2026 - 2027 đạt khoảng "
        "2 - 3%, giai đoạn 2028 - 2030 đạt khoảng 3 - 4%;\n"
        "- Năng suất lúa năm 2027 tăng 1,2 lần so với năm 2024, năm 2030 tăng khoảng 1,4 lần so "
        "với năm 2027."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("", "approx", 1.4, None, 2030),
        ("", "between", 2.0, 3.0, 2027),
        ("", "between", 3.0, 4.0, 2030),
        ("", "eq", 1.2, None, 2027),
    ]
