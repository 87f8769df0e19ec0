"""A result said to have met or missed the growth scenario ("chưa đạt kịch bản đề ra", "..., cơ
bản đạt kịch bản đề ra") reports, as "chưa đạt kế hoạch" and ", đạt kế hoạch" do: the "kịch bản"
target cue inside it sets no aim, for its sentence or for the figures after it in its paragraph
(our own texts; CONVENTIONS: a figure measured against the plan is a result). An aim to reach the
scenario ("phấn đấu đạt kịch bản") stays a target."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_paragraph_that_met_or_missed_the_scenario_gives_no_target(lex, units):
    text = (
        "Theo lãnh đạo tỉnh, kinh tế quý đầu năm giữ nhịp ổn định. Tăng trưởng chung chưa đạt kịch "
        "bản đề ra, song khu vực dịch vụ tăng 7,2%, cao hơn cùng kỳ. Khu vực công nghiệp - xây dựng "
        "tăng trưởng ổn định (9,4%), cơ bản đạt kịch bản đề ra. Về cơ cấu kinh tế, dịch vụ chiếm "
        "41,5%; công nghiệp, xây dựng chiếm 20,2%."
    )
    assert sorted_row_keys(text, lex, units, None) == []


def test_a_scenario_the_province_strives_to_meet_stays_a_target(lex, units):
    text = "Năm 2027, tỉnh phấn đấu đạt kịch bản tăng trưởng GRDP 9%."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.0, None, 2027)]
