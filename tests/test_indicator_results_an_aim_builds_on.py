"""A result stated before the aim it builds on, in one sentence ("Tỉnh tăng trưởng 9,4%, hướng
tới mục tiêu 12% năm 2027"; "Với GRDP tăng 7% trong 9 tháng, ... quyết tâm đạt mục tiêu trên
8%"): the result is no target, the aim is (round 28). A plan's own figure before a stretch aim
stays a target."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_an_undated_figure_before_an_aim_at_a_later_year_is_the_result_it_builds_on(lex, units):
    text = "Tỉnh Hòa Thuận tăng trưởng 9,4%, hướng tới mục tiêu 12% năm 2027\n\nBài viết của phóng viên."
    # the aim takes the growth named before it (round 28's aim-noun rule)
    assert rows(text, lex, units, published_year=2026) == [("GRDP_GROWTH", "eq", 12.0, None, 2027)]


def test_an_elapsed_part_of_the_year_before_the_aim_is_a_result(lex, units):
    text = (
        "Tin kinh tế\n\n"
        "Với GRDP tăng trưởng 6,9% trong 9 tháng năm 2026, tỉnh quyết tâm đạt mục tiêu trên 8% năm 2026, "
        "đồng thời chăm lo an sinh xã hội."
    )
    assert rows(text, lex, units, published_year=2026) == [("", "gt", 8.0, None, 2026)]


def test_a_past_years_growth_before_the_aim_is_a_result(lex, units):
    text = (
        "Tin kinh tế\n\n"
        "Sau bước đệm 2025 với tăng trưởng 8,8%, tỉnh Hòa Thuận cần chính sách vĩ mô mạnh và định hướng "
        "ngành rõ ràng để đạt mục tiêu GRDP hai con số năm 2026."
    )
    assert rows(text, lex, units, published_year=2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_a_scrapers_date_before_the_lead_is_no_year_of_the_result(lex, units):
    # "date 2026-03-01" marks when the page was read: the bare 2025 still dates the result
    text = (
        "Tin kinh tế\n\n"
        "date 2026-03-01 Sau bước đệm 2025 với tăng trưởng 8,8%, tỉnh Hòa Thuận cần chính sách vĩ mô mạnh "
        "để đạt mục tiêu GRDP hai con số năm 2026."
    )
    assert rows(text, lex, units, published_year=2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_a_plan_figure_of_the_year_before_a_stretch_aim_stays_a_target(lex, units):
    dated = "Tin kinh tế\n\nTăng trưởng kinh tế năm 2026 đạt 8%, phấn đấu đạt 8,5%."
    assert rows(dated, lex, units, published_year=2026) == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2026),
        ("GRDP_GROWTH", "eq", 8.5, None, 2026),
    ]
    undated = "Kế hoạch năm 2026\n\nGRDP tăng 8%, phấn đấu tăng 8,5%; thu ngân sách 9.000 tỷ đồng."
    assert rows(undated, lex, units, published_year=2026) == [
        ("BUDGET_REVENUE", "eq", 9000.0, None, 2026),
        ("GRDP_GROWTH", "eq", 8.0, None, 2026),
    ]


def test_a_target_quoted_as_a_results_yardstick_before_the_aim_is_not_dropped_as_a_result(lex, units):
    # "chưa đạt mục tiêu đề ra là trên 9%" names the target the result missed: not the result an aim builds on
    text = (
        "Tin kinh tế\n\n"
        "Mặc dù chưa đạt mục tiêu đề ra là trên 9%, tỉnh vẫn phấn đấu tăng trưởng 9 - 9,5% trong năm 2027."
    )
    got = rows(text, lex, units, published_year=2026)
    assert ("GRDP_GROWTH", "between", 9.0, 9.5, 2027) in got
    assert any(r[2] == 9.0 and r[1] == "gt" for r in got)
