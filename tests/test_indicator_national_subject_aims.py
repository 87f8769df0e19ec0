"""An aim the Government, a ministry or the country sets for itself is the country's target, not a
province's (CONVENTIONS: only the province's targets are rows; a national target quoted for
context is none). The sentences are ours; the layouts follow audit pages of round 52."""

from __future__ import annotations

import pytest

from tests.helpers.indicator_rows import cited_indicator_rows


def _values(text: str, lex, units) -> set[float]:
    return {r["value_low"] for r in cited_indicator_rows(text, lex, units, 2026)}


@pytest.mark.parametrize(
    "text",
    [
        # the Government as the subject that sets the aim
        "Tin tức\n\nTrong năm 2027, Chính phủ đặt mục tiêu tỷ lệ người dân có thẻ bảo hiểm y tế đạt 95,2%.",
        # the aim a ministry sets, the ministry named inside the aim's noun phrase
        "Tin tức\n\nĐược biết, mục tiêu Bộ Nội vụ đặt ra cho năm 2027 là giữ tỷ lệ thất nghiệp khu vực thành thị "
        "ở mức dưới 3,5%.",
        # the country as the subject that aims
        "Tin tức\n\nNăm 2027, Việt Nam phấn đấu đón 26 triệu lượt khách quốc tế.",
    ],
)
def test_an_aim_the_country_sets_for_itself_is_no_row(lex, units, text):
    assert _values(text, lex, units) == set()


def test_the_provinces_own_aim_beside_the_countrys_stays_a_row(lex, units):
    text = (
        "Tin tức\n\nNăm 2027, Chính phủ đặt mục tiêu tỷ lệ người dân có thẻ bảo hiểm y tế đạt 95,2%. "
        "Tỉnh Hà Nam phấn đấu tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%."
    )
    assert _values(text, lex, units) == {96.0}


def test_a_target_the_government_assigns_the_province_stays_a_row(lex, units):
    text = "Tin tức\n\nNăm 2027, Chính phủ giao tỉnh chỉ tiêu tăng trưởng GRDP 9,5%."
    assert _values(text, lex, units) == {9.5}
