"""Counts of districts meeting the new-rural standard, in our own words, named in the other ways
pages name the district level: "đơn vị cấp huyện đạt chuẩn và hoàn thành nhiệm vụ ...",
"huyện, thành phố" without "thị xã", "địa phương cấp huyện", and the two terms in the reverse
order. Each is NEW_RURAL_DISTRICTS, a count (a tally "12/12" counts 12)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_districts_meeting_the_standard_and_completing_the_task_are_counted(lex, units):
    text = (
        "Phấn đấu đến năm 2025, có 12/12 đơn vị cấp huyện đạt chuẩn và hoàn thành nhiệm vụ xây dựng nông thôn "
        "mới, trong đó có ít nhất 02 huyện đạt chuẩn nông thôn mới nâng cao."
    )
    assert rows(text, lex, units) == [
        ("ADVANCED_NEW_RURAL_DISTRICTS", "gte", 2.0, None, 2025),
        ("NEW_RURAL_DISTRICTS", "eq", 12.0, None, 2025),
    ]


def test_districts_and_cities_completing_the_task_are_counted(lex, units):
    text = "Trong năm 2021, tỉnh phấn đấu có 7/7 huyện, thành phố hoàn thành nhiệm vụ xây dựng NTM."
    assert rows(text, lex, units) == [("NEW_RURAL_DISTRICTS", "eq", 7.0, None, 2021)]


def test_district_level_localities_meeting_the_standard_are_counted(lex, units):
    text = "Mục tiêu đến năm 2030, toàn tỉnh sẽ có 6 địa phương cấp huyện đạt chuẩn nông thôn mới."
    assert rows(text, lex, units) == [("NEW_RURAL_DISTRICTS", "eq", 6.0, None, 2030)]


def test_districts_recognised_for_the_task_then_the_standard_are_counted(lex, units):
    text = (
        "Chỉ tiêu đến năm 2025 là: 9 đơn vị cấp huyện được công nhận hoàn thành nhiệm vụ xây dựng, đạt chuẩn "
        "nông thôn mới."
    )
    assert rows(text, lex, units) == [("NEW_RURAL_DISTRICTS", "eq", 9.0, None, 2025)]
