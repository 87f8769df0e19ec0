"""Session 21 (first-run classes of sets 21 and 22), in our own words: a purpose phrase that only
folds like a result cue; a starred sub-heading inside an announced list of targets; a share of the
plan set as an aim; a value in words whose digits are no figure; the year's plan in brackets
beside a target of part of the year."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_purpose_phrase_holding_a_result_cue_does_not_end_the_announced_list(lex, units):
    # "thực hiện có hiệu quả" holds the words of the result cue "hiện có"; it reports nothing
    text = (
        "Huyện đề ra 12 chỉ tiêu chủ yếu năm 2024\n\n"
        "Để thực hiện có hiệu quả các nhiệm vụ trọng tâm, phấn đấu hoàn thành kế hoạch năm 2024, "
        "huyện đã xây dựng 12 chỉ tiêu chủ yếu.\n\n"
        "Cụ thể như sau: Tỷ lệ đô thị hóa đạt 30%. Tổng đầu tư toàn xã hội đạt 5.000 tỷ đồng."
    )
    found = rows(text, lex, units, published_year=2024)
    assert ("URBANISATION_RATE", "eq", 30.0, None, 2024) in found
    assert ("TOTAL_SOCIAL_INVESTMENT", "eq", 5000.0, None, 2024) in found


def test_a_starred_sub_heading_with_a_count_heads_the_items_below_it(lex, units):
    # under "... như sau:", an image name and a caption break the list; the starred line
    # "* Các chỉ tiêu kinh tế (5 chỉ tiêu)" heads the dashed items after it
    text = (
        "Tỉnh họp phiên cuối năm\n\n"
        "Năm 2019, tỉnh đạt và vượt 20/24 chỉ tiêu. Tỉnh đã đề ra chỉ tiêu năm 2020 như sau:\n\n"
        "anh-hoi-nghi.jpg\n\n"
        "Quang cảnh hội nghị tổng kết\n\n"
        "* Các chỉ tiêu kinh tế (5 chỉ tiêu)\n\n"
        "- Tổng sản phẩm trên địa bàn (GRDP) tăng 7 - 8% so với năm 2019.\n\n"
        "- Tỷ lệ đô thị hóa đạt 48%."
    )
    found = rows(text, lex, units, published_year=2019, horizon=2020)
    assert ("GRDP_GROWTH", "between", 7.0, 8.0, 2020) in found
    assert ("URBANISATION_RATE", "eq", 48.0, None, 2020) in found


def test_a_share_of_the_plan_set_as_an_aim_is_a_target(lex, units):
    text = (
        "Thành phố họp về giải ngân\n\nCác đơn vị phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2025 được giao."
    )
    assert ("PUBLIC_INVESTMENT_DISBURSEMENT", "eq", 100.0, None, 2025) in rows(text, lex, units, published_year=2025)


def test_a_share_of_the_plan_reached_is_still_a_result(lex, units):
    text = "Tỉnh sơ kết quý III\n\nĐến nay, tỉnh giải ngân vốn đầu tư công đạt 65% kế hoạch năm 2025."
    assert rows(text, lex, units, published_year=2025) == []


def test_double_digits_written_with_a_digit_herald_the_figure_of_their_paragraph(lex, units):
    text = (
        "Thành phố xây dựng kịch bản tăng trưởng\n\n"
        "Năm 2026, để bảo đảm mục tiêu tăng trưởng 2 con số, thành phố xây dựng kịch bản phấn đấu "
        "tăng trưởng trên 10,5%."
    )
    found = rows(text, lex, units, published_year=2025)
    assert ("GRDP_GROWTH", "gt", 10.5, None, 2026) in found
    assert ("GRDP_GROWTH", "gte", 10.0, None, 2026) not in found


def test_the_plan_of_the_year_in_brackets_beside_a_target_of_part_of_the_year(lex, units):
    # an undated page: the bracket names its year, and it stands beside targets, not results
    text = (
        "Thành phố tăng tốc những tháng cuối năm\n\n"
        "Theo đó, các chỉ tiêu cần thực hiện trong 6 tháng cuối năm gồm: tốc độ tăng trưởng GRDP đạt "
        "11% (kế hoạch năm 2025 là 10%); kim ngạch xuất khẩu 12 tỷ USD (kế hoạch năm 2025 là 20 tỷ USD)."
    )
    found = rows(text, lex, units, horizon=2025)
    assert ("GRDP_GROWTH", "eq", 10.0, None, 2025) in found
    assert ("EXPORT_VALUE", "eq", 2e10, None, 2025) in found
    # the half-year's own targets are uncoded (CONVENTIONS, ruled in session 24)
    assert ("", "eq", 11.0, None, 2025) in found
    assert ("", "eq", 1.2e10, None, 2025) in found


def test_a_plan_in_brackets_beside_a_target_names_no_year_takes_none(lex, units):
    # no year in the bracket or its sentence: the plan's year is unknown, no row is guessed
    text = "Tỉnh bàn giải pháp\n\nPhấn đấu trong quý IV tốc độ tăng trưởng GRDP đạt 12% (kế hoạch 9%)."
    assert ("GRDP_GROWTH", "eq", 9.0, None, 2025) not in rows(text, lex, units, horizon=2025)


def test_double_digits_an_action_drives_at_set_no_target(lex, units):
    # what a programme is for ("thúc đẩy tăng trưởng hai con số") is a purpose, no aim of a year
    text = (
        "Tỉnh ban hành chương trình công tác\n\n"
        "Chương trình công tác năm 2026 vạch lộ trình thúc đẩy tăng trưởng hai con số và hoàn thiện "
        "bộ máy trước năm 2030."
    )
    assert not [r for r in rows(text, lex, units, published_year=2026) if r[0] == "GRDP_GROWTH"]


def test_double_digits_set_as_the_aim_of_a_year_stay_a_target(lex, units):
    text = "Tỉnh đặt mục tiêu\n\nNăm 2026, tỉnh phấn đấu tăng trưởng kinh tế hai con số."
    assert ("GRDP_GROWTH", "gte", 10.0, None, 2026) in rows(text, lex, units, published_year=2026)
