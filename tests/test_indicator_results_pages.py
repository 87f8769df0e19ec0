"""Indicator classes of the session-24 first run (set 26), in our own words: results-only pages
whose narration carries a word that folds like an aim, results measured against the plan they
passed, counts of people and recipients, and value words that herald a stated figure."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_resolve_named_as_a_noun_sets_no_aim_for_a_years_results(lex, units):
    # undated page closing a year: "thể hiện sự quyết tâm" narrates, the figures report
    text = (
        "Nhìn lại một năm của tỉnh miền núi\n\n"
        "Khép lại năm 2024 với nhiều dấu ấn. Tăng trưởng kinh tế đạt trên 7,5%, cao hơn mức chung "
        "của cả nước, thể hiện sự quyết tâm của cả hệ thống chính trị.\n\n"
        "Chỉ số sản xuất công nghiệp tăng trên 20%; tỉnh đã trồng mới gần 2.000 ha cây ăn quả."
    )
    assert rows(text, lex, units) == []
    # resolve as a verb still aims
    aim = "Kế hoạch năm 2025 của tỉnh\n\nTỉnh quyết tâm đạt tốc độ tăng trưởng kinh tế trên 8% trong năm 2025."
    assert rows(aim, lex, units) == [("GRDP_GROWTH", "gt", 8.0, None, 2025)]


def test_a_result_that_passed_the_aim_set_reports_with_the_figures_after_it(lex, units):
    # "vượt mục tiêu đề ra" (no figure of its own) measures the year's result against its aim
    text = (
        "Tỉnh bước vào năm mới\n\n"
        "Năm 2024, tỉnh đã hoàn thành 15/15 chỉ tiêu. Nổi bật, tốc độ tăng trưởng GRDP đạt 8,1%, vượt "
        "mục tiêu đề ra; quy mô kinh tế đạt 80 nghìn tỷ đồng; GRDP bình quân đầu người đạt 90 triệu đồng."
    )
    assert rows(text, lex, units, horizon=2025) == []


def test_a_purpose_clause_of_a_speakers_advice_sets_no_double_digit_aim(lex, units):
    text = (
        "Bộ trưởng đề nghị tỉnh cần đổi mới mô hình tăng trưởng, tạo đột phá để đạt mục tiêu tăng trưởng "
        "hai con số.\n\nSáng 2/10, Đảng bộ tỉnh khai mạc Đại hội."
    )
    assert rows(text, lex, units, published_year=2025) == []


def test_the_members_of_a_body_for_its_term_are_no_target(lex, units):
    text = (
        "Đại hội Đảng bộ tỉnh lần thứ nhất\n\n"
        "Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025-2030 gồm 61 người; Ban Thường vụ gồm 15 thành viên."
    )
    assert rows(text, lex, units, published_year=2025) == []


def test_a_photo_caption_of_a_target_setting_conference_sets_nothing(lex, units):
    # the lead frames the page as handing out targets; the caption only describes the scene
    text = (
        "(Báo X) -\n\n"
        "Sáng 8/1, UBND tỉnh tổ chức hội nghị giao chỉ tiêu phát triển kinh tế - xã hội năm 2026.\n\n"
        "Quang cảnh hội nghị giao chỉ tiêu phát triển kinh tế - xã hội năm 2026 cho 120 xã, phường trong tỉnh.\n\n"
        "Toàn cảnh buổi họp báo giao chỉ tiêu năm 2026 với 30 sở, ngành."
    )
    assert rows(text, lex, units) == []


def test_a_forecast_of_a_year_under_way_on_an_undated_page_estimates_a_result(lex, units):
    # the page reviews ten months of 2024, so 2024 is under way: "dự kiến" of it is an estimate
    text = (
        "Tỉnh công bố tình hình kinh tế\n\n"
        "Chiều 5/11, UBND tỉnh họp báo về tình hình kinh tế - xã hội 10 tháng đầu năm 2024. Dự kiến, năm "
        "2024 tổng sản phẩm trên địa bàn (GRDP) của tỉnh tăng 5,5%."
    )
    assert rows(text, lex, units) == []
    # a forecast of the next year stays an aim
    ahead = text + " Dự kiến năm 2025, GRDP của tỉnh tăng 8%."
    assert rows(ahead, lex, units) == [("GRDP_GROWTH", "eq", 8.0, None, 2025)]


def test_a_standing_that_ranks_named_indexes_gives_their_rows_only(lex, units):
    text = (
        "Quy hoạch tỉnh được công bố\n\n"
        "Đến năm 2030, tỉnh phấn đấu duy trì vị trí nhóm đầu cả nước về các chỉ số cải cách hành chính, "
        "năng lực cạnh tranh cấp tỉnh."
    )
    assert rows(text, lex, units, published_year=2024) == [
        ("PAR_INDEX_RANK", "achieve", None, None, 2030),
        ("PCI_RANK", "achieve", None, None, 2030),
    ]
