"""Phases of a period's figure narrow the time, not what is counted (CONVENTIONS, sessions 33, 42
and 43; our own sentences): after "trong đó", each phase that names a year or a period inside the
total's period is a row of the total's measure for the phase's end year, beside the period's row,
even when the phases add up to it; so is a sentence of its own that opens with a phase ("Riêng năm
...", "Từ giai đoạn ...") after the period's figure. A subgroup in a phase, or a part that names no
time, stays a part: no row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_growth_phases_after_in_which_are_rows_for_their_end_years(lex, units):
    text = (
        "Định hướng phát triển kinh tế\n\n"
        "Phấn đấu tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 đạt 8%/năm, trong đó giai đoạn "
        "2021 - 2025 đạt 7,5%/năm, giai đoạn 2026 - 2030 đạt 8,5%/năm."
    )
    assert sorted_row_keys(text, lex, units, 2021) == [
        ("GRDP_GROWTH", "eq", 7.5, None, 2025),
        ("GRDP_GROWTH", "eq", 8.0, None, 2030),
        ("GRDP_GROWTH", "eq", 8.5, None, 2030),
    ]


def test_phases_after_a_colon_keep_the_measure_and_the_figure_after_them_stays_its_own(lex, units):
    text = (
        "Các mục tiêu chủ yếu\n\n"
        "- Tốc độ tăng trưởng GRDP bình quân cả thời kỳ 2021 - 2035 khoảng 7-9%/năm, trong đó: Giai đoạn "
        "2021-2025 tăng 7-8%/năm và giai đoạn 2026 - 2035 tăng 8-10%/năm, tỷ lệ đô thị hóa đạt 40%."
    )
    assert sorted_row_keys(text, lex, units, 2021) == [
        ("GRDP_GROWTH", "between", 7.0, 8.0, 2025),
        ("GRDP_GROWTH", "between", 7.0, 9.0, 2035),
        ("GRDP_GROWTH", "between", 8.0, 10.0, 2035),
        ("URBANISATION_RATE", "eq", 40.0, None, 2035),
    ]


def test_area_phases_that_add_up_to_the_total_are_rows_not_parts(lex, units):
    text = (
        "Kế hoạch phát triển rừng của huyện\n\n"
        "Diện tích trồng rừng của huyện giai đoạn 2024 - 2027 là 8.000 ha. Trong đó, năm 2024 trồng mới "
        "1.500 ha, từ giai đoạn 2025 - 2027 trồng mới trên 6.500 ha."
    )
    found = sorted_row_keys(text, lex, units, 2024)
    assert sorted((r[2], r[1], r[4]) for r in found) == [
        (1500.0, "eq", 2024),
        (6500.0, "gt", 2027),
        (8000.0, "eq", 2027),
    ]
    assert ("AFFORESTATION_AREA", "eq", 1500.0, None, 2024) in found


def test_the_first_year_and_the_remaining_years_of_a_period_are_phases(lex, units):
    # the first year's figure takes the code; the four remaining years' sum is a period sum (session 27)
    text = (
        "Kế hoạch đầu tư công\n\n"
        "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt 7.000 tỷ đồng, trong đó năm đầu 1.200 tỷ "
        "đồng, 4 năm còn lại 5.800 tỷ đồng."
    )
    assert sorted_row_keys(text, lex, units, 2021) == [
        ("", "eq", 5800.0, None, 2025),
        ("", "eq", 7000.0, None, 2025),
        ("TOTAL_SOCIAL_INVESTMENT", "eq", 1200.0, None, 2021),
    ]


def test_phases_written_as_their_own_sentences_are_rows_and_their_sources_are_parts(lex, units):
    text = (
        "Kế hoạch bê tông hóa đường giao thông nông thôn giai đoạn 2024 - 2027\n\n"
        "Để thực hiện kế hoạch, huyện dự kiến tổng kinh phí làm đường giai đoạn 2024 - 2027 là 150 tỷ đồng.\n\n"
        "Riêng năm 2024, kinh phí làm đường là 45 tỷ đồng. Trong đó, ngân sách huyện bố trí 20 tỷ đồng, nhân "
        "dân đóng góp 25 tỷ đồng.\n\n"
        "Từ giai đoạn 2025 - 2027, kinh phí làm đường là 105 tỷ đồng."
    )
    found = sorted_row_keys(text, lex, units, 2024)
    assert sorted((r[2], r[4]) for r in found) == [(45.0, 2024), (105.0, 2027), (150.0, 2027)]


def test_a_subgroup_in_a_phase_stays_a_part(lex, units):
    text = (
        "Kế hoạch phát triển du lịch\n\n"
        "Giai đoạn 2021 - 2025, tỉnh phấn đấu đón 30 triệu lượt khách, trong đó năm 2025 khách quốc tế "
        "đạt 1 triệu lượt."
    )
    # the period's visitors are its sum, uncoded (CONVENTIONS session 43: a count summed over a period)
    assert sorted_row_keys(text, lex, units, 2021) == [("", "eq", 30000000.0, None, 2025)]


def test_a_year_outside_the_total_period_is_no_phase(lex, units):
    # "từ 55% năm 2020 lên 65%": 2020 dates a baseline, the period's phases stop before it
    text = (
        "Các mục tiêu chủ yếu\n\n"
        "- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 khoảng 7%/năm, trong đó giai đoạn "
        "2021 - 2025 tăng 6,5%/năm, nâng tỷ lệ đô thị hóa từ 35% năm 2020 lên 45% năm 2030."
    )
    found = sorted_row_keys(text, lex, units, 2021)
    assert ("GRDP_GROWTH", "eq", 6.5, None, 2025) in found
    assert ("URBANISATION_RATE", "eq", 45.0, None, 2030) in found
    assert not [r for r in found if r[2] == 35.0]


def test_a_phase_that_names_another_measure_is_left_to_its_phrasing(lex, units):
    # the rate reached in the last year is no reduction of the period's
    text = (
        "Kế hoạch giảm nghèo\n\n"
        "Phấn đấu tỷ lệ hộ nghèo giảm bình quân 1,5%/năm giai đoạn 2021 - 2025, trong đó năm 2025 tỷ lệ hộ "
        "nghèo dưới 3%."
    )
    found = sorted_row_keys(text, lex, units, 2021)
    assert ("POVERTY_RATE", "lt", 3.0, None, 2025) in found
    assert not [r for r in found if r[0] == "POVERTY_RATE_REDUCTION" and r[2] == 3.0]
