"""A period's average or total is a result or a target by when the page was written (session 19,
classes I5 and I6), written in our own words: a period that had ended before the page's
publication year was reached (its figures report), one still running or ahead is planned (its
figures are targets). No period is a cue by its years alone: the same words on a page of another
year read the other way."""

from __future__ import annotations

import pytest

from tests.helpers.indicator_rows import cited_row_keys


def rows(text, lex, units, published_year=None):
    return cited_row_keys(text, lex, units, published_year)


def codes(text, lex, units, published_year=None):
    return {r[0] for r in rows(text, lex, units, published_year)}


# A finished period, on a page written after it, reports: its figures are no targets, even in a
# paragraph that goes on to set aims.
@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Bình quân giai đoạn 2021 - 2025, tốc độ tăng trưởng GRDP của tỉnh đạt 7,1%/năm.", 2026),
        ("Trong nhiệm kỳ 2020 - 2025, thu nhập bình quân đầu người tăng bình quân 9%/năm.", 2027),
        ("Thời kỳ 2016-2020, tốc độ tăng trưởng GRDP bình quân khoảng 6,8%/năm.", 2022),
    ],
)
def test_a_finished_period_on_a_later_page_is_a_result(lex, units, sentence, year):
    text = (
        "Định hướng phát triển giai đoạn mới\n\n"
        f"Các mục tiêu chủ yếu:\n\n- {sentence}\n\n"
        "- Phấn đấu đến năm 2030, tỷ lệ đô thị hóa đạt 45%."
    )
    found = rows(text, lex, units, year)
    assert ("URBANISATION_RATE", "eq", 45.0, None, 2030) in found
    assert {"GRDP_GROWTH", "INCOME_PER_CAPITA"}.isdisjoint(r[0] for r in found), found


# The mirror: a plan written before its period ends sets the period's average as a target.
@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        (
            "- GRDP bình quân giai đoạn 2016 - 2020 tăng khoảng 7 - 7,5%/năm, thời kỳ 2021 - 2030 GRDP tăng "
            "bình quân khoảng 8%/năm.",
            2018,
            [("GRDP_GROWTH", "between", 7.0, 7.5, 2020), ("GRDP_GROWTH", "approx", 8.0, None, 2030)],
        ),
        (
            "- Tốc độ tăng trưởng GRDP bình quân 5 năm 2016-2020 đạt 8%/năm.",
            2017,
            [("GRDP_GROWTH", "eq", 8.0, None, 2020)],
        ),
        (
            "- Trong nhiệm kỳ 2015 - 2020, tốc độ tăng trưởng GRDP bình quân đạt từ 7,5%/năm trở lên.",
            2016,
            [("GRDP_GROWTH", "gte", 7.5, None, 2020)],
        ),
    ],
)
def test_a_plan_written_before_its_period_ends_keeps_the_average_as_a_target(lex, units, sentence, year, expected):
    text = f"Điều chỉnh quy hoạch phát triển của tỉnh\n\nMục tiêu cụ thể:\n\n{sentence}"
    found = rows(text, lex, units, year)
    for row in expected:
        assert row in found, found


def test_a_finished_period_named_as_a_base_leaves_the_target(lex, units):
    text = (
        "Kế hoạch đầu tư công 5 năm\n\n"
        "Phấn đấu tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 tăng gấp 1,5 lần so với giai đoạn "
        "2021 - 2025."
    )
    found = rows(text, lex, units, 2026)
    assert any(r[1] == "eq" and r[2] == 1.5 for r in found), found


def test_a_period_ending_in_the_publication_year_is_no_cue_by_itself(lex, units):
    # reviewed in the autumn of its last year: no aim is set
    text = (
        "Tỉnh chọn ba khâu đột phá\n\n"
        "Theo lãnh đạo tỉnh, trong nhiệm kỳ 2020 - 2025, kinh tế của tỉnh phát triển ổn định, tốc độ "
        "tăng trưởng GRDP bình quân đạt 7,2%/năm."
    )
    assert "GRDP_GROWTH" not in codes(text, lex, units, 2025)


def test_with_no_date_the_year_the_page_plans_dates_the_period(lex, units):
    # a page of unknown date that hands out next year's targets reviews the period just ended
    text = (
        "Tỉnh giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026\n\n"
        "Giai đoạn 2021 - 2025, tốc độ tăng trưởng GRDP bình quân đạt 7,4%/năm.\n\n"
        "Năm 2026, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 42%."
    )
    found = rows(text, lex, units)
    assert ("URBANISATION_RATE", "eq", 42.0, None, 2026) in found
    assert "GRDP_GROWTH" not in {r[0] for r in found}, found


def test_with_no_date_a_clause_naming_the_planned_year_goes_on_to_the_aim(lex, units):
    # an undated page whose opening cites a text "đến năm 2030" plans 2030: the clause that lists
    # the period before it and then the period ending in 2030 sets both aims, it reviews nothing
    text = (
        "Tỉnh ủy ban hành chương trình hành động thực hiện Nghị quyết của Bộ Chính trị về phát triển "
        "vùng Đông Bắc đến năm 2030, tầm nhìn đến năm 2045.\n\n"
        "Chương trình nêu các mục tiêu cụ thể đến năm 2030: tốc độ tăng trưởng GRDP bình quân giai đoạn "
        "2021 - 2025 đạt trên 8%/năm; giai đoạn 2026 - 2030 đạt trên 7,5%/năm."
    )
    found = rows(text, lex, units)
    assert ("GRDP_GROWTH", "gt", 8.0, None, 2025) in found, found
    assert ("GRDP_GROWTH", "gt", 7.5, None, 2030) in found, found


def test_a_finished_period_scopes_its_own_clause_only(lex, units):
    # the finished period's figure falls with its past year; the later aims beside it stay
    text = (
        "Định hướng phát triển\n\n"
        "Các chỉ tiêu chủ yếu đến năm 2030:\n\n"
        "- Tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 đạt 7,1%/năm, năm 2030 tỷ lệ đô thị hóa đạt 45%;\n\n"
        "- Nhìn lại nhiệm kỳ 2020 - 2025, tổng vốn đầu tư toàn xã hội đạt 500 nghìn tỷ đồng; tỷ lệ hộ nghèo "
        "năm 2030 dưới 1%."
    )
    found = rows(text, lex, units, 2026)
    assert ("URBANISATION_RATE", "eq", 45.0, None, 2030) in found
    assert any(r[1] == "lt" and r[2] == 1.0 and r[4] == 2030 for r in found), found
    assert {"GRDP_GROWTH", "TOTAL_SOCIAL_INVESTMENT"}.isdisjoint(r[0] for r in found), found
