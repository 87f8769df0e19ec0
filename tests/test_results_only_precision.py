"""Results-only statements that must give no target row (issue 8, results_probe2): counts of
targets met, deviations from the plan, finish-line verbs and reviews of an elapsed part of the
year. Written in our own words; each guard below keeps a real target a target."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units, published_year: int | None = None) -> list[dict]:
    return cited_indicator_rows(text, lex, units, published_year)


def test_a_count_of_targets_met_reports_the_figures_beside_it(lex, units):
    text = (
        "Bức tranh kinh tế năm qua\n\n"
        "Năm 2023, tỉnh thực hiện đạt và vượt 18/20 chỉ tiêu chủ yếu, "
        "thu nhập bình quân đầu người đạt 81,2 triệu đồng."
    )
    assert rows(text, lex, units) == []
    assert rows(text, lex, units, 2024) == []


def test_a_tally_of_targets_met_hands_on_no_aim(lex, units):
    text = (
        "Quy mô kinh tế tỉnh năm 2023 đứng thứ hai trong vùng\n\n"
        "Cả năm có 22/26 chỉ tiêu đạt và vượt mục tiêu đề ra. Trong đó có 12 chỉ tiêu vượt, "
        "10 chỉ tiêu đạt. Dù còn khó khăn, tốc độ tăng trưởng kinh tế đạt 6,4%; "
        "GRDP bình quân đầu người đạt 70,5 triệu đồng."
    )
    assert rows(text, lex, units) == []


def test_a_count_of_targets_set_still_heads_its_aims(lex, units):
    text = "Nghị quyết năm mới\n\nNăm 2025, tỉnh đề ra 18 chỉ tiêu chủ yếu, trong đó phấn đấu tăng trưởng kinh tế 8%."
    found = rows(text, lex, units, 2024)
    assert [(r["indicator_code"], r["value_low"]) for r in found] == [("GRDP_GROWTH", 8.0)]


def test_a_deviation_from_the_plan_is_a_result(lex, units):
    text = (
        "Một số chỉ tiêu chưa đạt\n\n"
        "Tỷ lệ thất nghiệp ở khu vực thành thị cao hơn kế hoạch 0,3%; "
        "tỷ lệ hộ nghèo thấp hơn kế hoạch 0,2%."
    )
    assert rows(text, lex, units, 2024) == []


def test_finish_line_verbs_report(lex, units):
    text = (
        "Kinh tế năm qua\n\n"
        "Nhiều chỉ tiêu vượt mức kế hoạch đề ra, trong đó, chỉ số sản xuất công nghiệp về đích "
        "với mức tăng 12,1%.\n\n"
        "Kinh tế tỉnh cán đích mục tiêu tăng trưởng hai con số."
    )
    assert rows(text, lex, units) == []


def test_striving_to_reach_the_finish_line_is_still_an_aim(lex, units):
    text = "Kế hoạch năm mới\n\nTỉnh phấn đấu về đích với tốc độ tăng trưởng kinh tế 10%."
    assert [r["value_low"] for r in rows(text, lex, units, 2024)] == [10.0]


def test_a_review_of_elapsed_months_keeps_up_no_aim(lex, units):
    text = (
        "Thương mại khởi sắc\n\n"
        "Trong 9 tháng năm 2024, kim ngạch xuất khẩu đạt 3,1 tỷ USD, tăng 8% so với cùng kỳ; "
        "kim ngạch nhập khẩu đạt 2,2 tỷ USD, duy trì mức xuất siêu gần 0,9 tỷ USD."
    )
    assert rows(text, lex, units, 2024) == []


def test_an_aim_after_a_review_of_elapsed_months_stays_a_target(lex, units):
    text = (
        "Thương mại khởi sắc\n\n"
        "Trong 9 tháng năm 2024, kim ngạch xuất khẩu đạt 3,1 tỷ USD, tăng 8% so với cùng kỳ; "
        "cả năm phấn đấu kim ngạch xuất khẩu đạt 4,5 tỷ USD."
    )
    assert [r["value_low"] for r in rows(text, lex, units, 2024)] == [4.5e9]


def test_the_centres_aim_quoted_as_a_directive_is_no_row(lex, units):
    text = (
        "Một năm tăng tốc\n\n"
        "Từ đầu năm, tỉnh đã quán triệt các nghị quyết, chỉ đạo của Trung ương về mục tiêu tăng trưởng "
        "hai con số, đồng thời giao chỉ tiêu cho từng sở, ngành."
    )
    assert rows(text, lex, units, 2025) == []


def test_a_target_the_government_assigns_stays_a_row(lex, units):
    text = "Giao chỉ tiêu năm mới\n\nNăm 2025, Chính phủ giao tỉnh chỉ tiêu tăng trưởng kinh tế 9,5%."
    assert [r["value_low"] for r in rows(text, lex, units, 2025)] == [9.5]


def test_striving_to_meet_a_count_of_targets_is_an_aim(lex, units):
    text = "Nghị quyết năm mới\n\nNăm nay, tỉnh phấn đấu hoàn thành 18/20 chỉ tiêu, trong đó tăng trưởng kinh tế 8%."
    assert [r["value_low"] for r in rows(text, lex, units, 2025)] == [8.0]


def test_a_count_of_targets_then_an_aim_is_no_tally(lex, units):
    text = "Nghị quyết năm mới\n\nNăm nay có 13 chỉ tiêu với mục tiêu GRDP đạt 8%."
    assert [r["value_low"] for r in rows(text, lex, units, 2025)] == [8.0]
