"""A result or an estimate written over the plan's words after a slash (round 53): in a review,
"dự kiến đạt X/chỉ tiêu Y" is an estimate X, no row, set against the year's target Y, a row
(CONVENTIONS, session 42: "Results and estimates"), as "X (kế hoạch Y)" is (session 28); so is
"ước đạt X/kế hoạch Y". A document number ("số 125/KH-UBND") has no figure before its slash."""

from __future__ import annotations

import datetime

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _keys(text: str, lex, units, published: datetime.date | None) -> list[tuple]:
    rows = extract_article(article_record(text, published), lex, units)["indicators"]
    return sorted((r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in rows)


def test_an_estimate_over_the_term_target_gives_the_target_only(lex, units):
    text = (
        "Chào mừng Đại hội Đảng bộ tỉnh An Bình lần thứ XV\n\n"
        "Trong nhiệm kỳ qua, tỉnh An Bình đã đạt được những kết quả quan trọng trên các lĩnh vực: "
        "tốc độ tăng trưởng kinh tế bình quân dự kiến đạt 7,9%/chỉ tiêu trên 7,5%; thu nhập bình quân "
        "đầu người năm 2020 dự kiến đạt 58 triệu đồng/chỉ tiêu 55 triệu đồng; thu ngân sách năm 2020 "
        "ước đạt 9.000 tỷ đồng."
    )
    assert _keys(text, lex, units, None) == [
        ("GRDP_GROWTH", "gt", 7.5, "percent", 2020),
        ("INCOME_PER_CAPITA", "eq", 55.0, "vnd_million", 2020),
    ]


def test_the_target_takes_the_words_of_the_estimate_written_over_it(lex, units):
    text = (
        "Chào mừng Đại hội Đảng bộ tỉnh An Bình lần thứ XV\n\n"
        "Trong nhiệm kỳ qua, tỉnh An Bình đã đạt được những kết quả quan trọng: tăng trưởng bình quân "
        "dự kiến đạt 7,9%/chỉ tiêu trên 7,5%; sản lượng lương thực năm 2020 dự kiến đạt 520 nghìn "
        "tấn/chỉ tiêu 500 nghìn tấn."
    )
    rows = extract_article(article_record(text, None), lex, units)["indicators"]
    assert sorted(
        (r["indicator_code"] or r["label_vi"], r["comparator"], r["value_low"], r["target_year"]) for r in rows
    ) == [
        ("GRDP_GROWTH", "gt", 7.5, 2020),
        ("sản lượng lương thực", "eq", 500000.0, 2020),
    ]


def test_a_result_over_the_plan_after_a_slash_gives_the_plan(lex, units):
    text = (
        "Kinh tế tỉnh An Bình năm 2024\n\n"
        "Năm 2024, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 8,2%/kế hoạch 7,5%; thu ngân sách ước "
        "đạt 9.100 tỷ đồng/dự toán 8.600 tỷ đồng."
    )
    assert _keys(text, lex, units, datetime.date(2024, 11, 20)) == [
        ("BUDGET_REVENUE", "eq", 8600.0, "vnd_billion", 2024),
        ("GRDP_GROWTH", "eq", 7.5, "percent", 2024),
    ]


def test_a_document_number_is_no_figure_over_a_plan(lex, units):
    text = (
        "Du lịch tỉnh An Bình năm 2024\n\n"
        "Năm 2024, du lịch ước đón 2,3 triệu lượt khách theo số 126/KH-UBND giao 1,9 triệu lượt khách."
    )
    assert _keys(text, lex, units, datetime.date(2024, 11, 20)) == []
