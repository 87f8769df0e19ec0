"""Kinds of target text real pages write that the rules misread (session 18, issue 8, second
tuning set), each in our own words: a list of targets opened inside its sentence by a count of
targets and ':', a headline that restates a target its body states more precisely, a title that
tallies targets met, the higher new-rural tiers of a district, sectors listed after an output
value across ';', and the growth of an amount named by "tốc độ tăng"."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys
from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_count_of_targets_ending_in_a_colon_heads_the_rest_of_its_sentence(lex, units):
    # the second paragraph carries no cue but "chỉ tiêu ... gồm:"; a comparison with last year in
    # one item must not turn the whole list into a report
    text = (
        "Thành phố bàn giải pháp\n\n"
        "Thành phố phấn đấu hoàn thành 20 chỉ tiêu chủ yếu năm 2025.\n"
        "Về 9 chỉ tiêu xã hội gồm: tỷ lệ bao phủ bảo hiểm y tế đạt 95%; tỷ lệ lao động qua đào tạo đạt 75%; "
        "giảm tỷ suất sinh 0,1‰ so với năm trước; duy trì tỷ lệ che phủ rừng 42%; tỷ lệ đô thị hóa đạt 50%."
    )
    found = rows(text, lex, units, horizon=2025)
    assert ("HEALTH_INSURANCE_COVERAGE", "eq", 95.0, None, 2025) in found
    assert ("TRAINED_LABOUR_SHARE", "eq", 75.0, None, 2025) in found
    assert ("URBANISATION_RATE", "eq", 50.0, None, 2025) in found
    assert ("FOREST_COVER", "eq", 42.0, None, 2025) in found


def test_a_colon_after_a_result_opens_no_target_list(lex, units):
    text = (
        "Kinh tế quý I\n\n"
        "Quý I, các chỉ tiêu đạt được gồm: tỷ lệ bao phủ bảo hiểm y tế đạt 93%; tỷ lệ đô thị hóa đạt 45%."
    )
    assert rows(text, lex, units, 2025) == []


def test_a_verb_before_a_share_written_before_its_rate_switches_the_code(lex, units):
    # "giảm 1% tỷ lệ hộ nghèo" lowers the rate by a point, as "tỷ lệ hộ nghèo giảm 1%" does
    text = "Kế hoạch năm 2025\n\nNăm 2025, tỉnh phấn đấu giảm 1,2% tỷ lệ hộ nghèo."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"], r["unit"]) for r in found] == [
        ("POVERTY_RATE_REDUCTION", 1.2, "percentage_point")
    ]


def test_the_higher_new_rural_tiers_of_a_district_are_not_the_basic_standard(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu có 2 huyện đạt chuẩn nông thôn mới nâng cao và 1 huyện đạt chuẩn nông thôn mới "
        "kiểu mẫu."
    )
    assert rows(text, lex, units, 2025) == [
        ("ADVANCED_NEW_RURAL_DISTRICTS", "eq", 2.0, None, 2025),
        ("MODEL_NEW_RURAL_DISTRICTS", "eq", 1.0, None, 2025),
    ]


def test_a_share_kept_of_units_meeting_the_health_standard(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu duy trì 100% tỷ lệ xã, phường, thị trấn đạt chuẩn quốc gia về y tế."
    )
    assert rows(text, lex, units, 2025) == [("COMMUNE_HEALTH_STANDARD", "eq", 100.0, None, 2025)]


def test_the_growth_speed_of_realised_investment_is_its_growth(lex, units):
    text = "Kế hoạch năm 2025\n\nNăm 2025, tỉnh phấn đấu tốc độ tăng vốn đầu tư thực hiện trên địa bàn 9 - 10%."
    assert rows(text, lex, units, 2025) == [("SOCIAL_INVESTMENT_GROWTH", "between", 9.0, 10.0, 2025)]


def test_sectors_after_an_output_value_take_its_measure_past_semicolons(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh đặt mục tiêu: giá trị sản xuất công nghiệp tăng 11%; nông nghiệp thủy sản tăng 4,5%."
    )
    assert ("AGRI_PRODUCTION_VALUE_GROWTH", "eq", 4.5, None, 2025) in rows(text, lex, units, 2025)


def test_a_title_that_tallies_targets_met_frames_no_target_page(lex, units):
    text = (
        "Thu ngân sách tăng 9%, các chỉ tiêu kinh tế - xã hội đạt hoặc vượt kế hoạch\n\n"
        "Tại kỳ họp, ông cho biết tổng sản phẩm trên địa bàn tăng 8,2%. "
        "Thu nhập bình quân đầu người hơn 7.000 USD một năm."
    )
    assert rows(text, lex, units) == []


def test_a_headline_restating_the_body_target_in_short_is_no_row_of_its_own(lex, units):
    text = (
        "Tỉnh đặt mục tiêu tăng trưởng GRDP 9% năm 2026\n\n"
        "Kế hoạch của tỉnh đặt mục tiêu tăng trưởng GRDP đạt 9% trở lên trong năm 2026."
    )
    assert rows(text, lex, units, 2025) == [("GRDP_GROWTH", "gte", 9.0, None, 2026)]
    words = "Tỉnh phấn đấu tăng trưởng đạt hai con số\n\nNăm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP tăng 10 - 11%."
    assert rows(words, lex, units, 2025) == [("GRDP_GROWTH", "between", 10.0, 11.0, 2026)]
    # a headline with a figure of its own stays a row
    other = "Tỉnh đặt mục tiêu tăng trưởng GRDP 9% năm 2026\n\nNăm 2026, tỉnh phấn đấu tổng thu ngân sách đạt 9.000 tỷ đồng."
    assert ("GRDP_GROWTH", "eq", 9.0, None, 2026) in rows(other, lex, units, 2025)


def test_a_figure_measured_against_a_forecast_is_a_result(lex, units):
    text = (
        "Kỳ họp cuối năm\n\n"
        "Ông cho biết, tổng sản phẩm trên địa bàn tăng 9,4% cao hơn dự báo. Thu nhập bình quân đầu người hơn "
        "6.000 USD một năm."
    )
    assert rows(text, lex, units) == []


def test_a_coded_row_elsewhere_with_the_same_value_restates_only_a_row_that_names_the_same(lex, units):
    """A headline's uncoded restatement of a coded target is dropped; an unrelated uncoded target
    that happens to share the value (100 %, 2026) is not (session 25)."""

    shared = (
        "Đến năm 2026, 100% số xã đạt chuẩn nông thôn mới.\n\n"
        "Đến năm 2026, 100% cơ sở sản xuất kinh doanh xử lý nước thải đạt quy chuẩn."
    )
    assert cited_row_keys(shared, lex, units, 2025, uncoded="-") == [
        ("NEW_RURAL_COMMUNES_SHARE", "eq", 100.0, None, 2026),
        ("-", "eq", 100.0, None, 2026),
    ]
    restated = (
        "Tỉnh đặt mục tiêu tăng trưởng kinh tế năm 2026 đạt trên 10%\n\n"
        "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt trên 10%."
    )
    assert cited_row_keys(restated, lex, units, 2025) == [("GRDP_GROWTH", "gt", 10.0, None, 2026)]
