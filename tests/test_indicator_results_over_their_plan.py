"""A result written over its plan (session 31): "trồng rừng ước đạt 9.300 ha/12.000 ha (bằng
77,5% kế hoạch)" states the plan after the slash, a target of the year reviewed, read as a plan
figure in brackets is. A plan word must follow in the clause, and a share stated before it must
be the result's share of that figure; a tally with no plan word stays no plan. On an undated page
the year a review of part of a year names ("Trong 9 tháng năm 2023") is the year reviewed.
Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_the_figure_after_the_slash_is_the_plan_when_a_plan_share_follows(lex, units):
    text = (
        "Từ đầu năm đến nay, tỉnh đã khai thác 412.000 m3/800.000 m3 gỗ rừng trồng, đạt 51,5% kế "
        "hoạch; thu hoạch 20.000 tấn/75.000 tấn chè búp."
    )
    assert sorted_row_keys(text, lex, units, 2024) == [("", "eq", 800000.0, None, 2024)]


def test_a_plan_word_right_after_the_figure_marks_the_plan(lex, units):
    text = "Diện tích cấp chứng chỉ rừng lũy kế đạt 8.100 ha/15.000 ha kế hoạch."
    assert sorted_row_keys(text, lex, units, 2024) == [("", "eq", 15000.0, None, 2024)]


def test_a_tally_whose_share_is_not_the_plan_share_gives_no_plan(lex, units):
    text = "Đến nay, toàn tỉnh có 57/88 xã đạt chuẩn nông thôn mới, đạt 95% kế hoạch năm."
    assert sorted_row_keys(text, lex, units, 2024) == []


def test_an_undated_review_of_nine_months_dates_the_plan_over_a_result_to_its_year(lex, units):
    text = (
        "Trong 9 tháng năm 2023, kinh tế của tỉnh tiếp tục phục hồi.\n\n"
        "Toàn tỉnh trồng rừng ước đạt 9.300 ha/12.000 ha (bằng 77,5% kế hoạch)."
    )
    assert sorted_row_keys(text, lex, units, None) == [("AFFORESTATION_AREA", "eq", 12000.0, None, 2023)]


def test_an_undated_result_over_its_plan_with_no_year_reviewed_gives_no_row(lex, units):
    text = "Toàn tỉnh trồng rừng ước đạt 9.300 ha/12.000 ha (bằng 77,5% kế hoạch)."
    assert sorted_row_keys(text, lex, units, None) == []
