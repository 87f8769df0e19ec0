"""A growth scenario the province draws up for a year ("kịch bản tăng trưởng") is its plan:
the figure of the scenario is a target of that year (round 22, issue 8), in our own words. A
figure measured against the scenario still reports."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def coded(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, published_year)
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in found
    )


def test_a_scenario_drawn_up_for_a_year_states_its_growth_target(lex, units):
    text = (
        "Tỉnh lập kịch bản cho năm nay\n\n"
        "Tỉnh Hà Lâm vừa lập kịch bản tăng trưởng kinh tế 9,5% trong năm 2026. Các ngành được yêu cầu "
        "bám sát kịch bản để triển khai."
    )
    assert coded(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 9.5, None, 2026)]


def test_a_scenario_of_two_digit_growth_is_growth_of_at_least_ten(lex, units):
    text = (
        "Tỉnh bàn giải pháp tăng tốc\n\n"
        "Năm 2026, tỉnh Hà Lâm quyết liệt thực hiện kịch bản tăng trưởng hai con số, tập trung tháo gỡ "
        "vướng mắc cho các dự án lớn."
    )
    assert coded(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 10.0, None, 2026)]


def test_growth_measured_against_the_scenario_reports(lex, units):
    text = (
        "Kinh tế quý I\n\n"
        "So với kịch bản, tốc độ tăng trưởng quý I năm 2026 của tỉnh đạt 6,8%, thấp hơn 0,5 điểm phần trăm."
    )
    assert coded(text, lex, units, 2026) == []
