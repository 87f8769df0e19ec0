"""The region's group of leading provinces written without "của" before the region (round 21,
issue 8), in our own words; a standing against the country after it in the same segment is an
aim of its own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_the_regions_leading_group_without_cua_and_a_standing_after_it(lex, units):
    text = (
        "Kế hoạch 5 năm\n\n"
        "Theo đó, phấn đấu đến năm 2025 kinh tế tỉnh thuộc nhóm đầu khu vực Tây Nguyên và đạt mức "
        "trung bình cả nước."
    )
    assert rows(text, lex, units, 2021) == [
        ("", "achieve", None, None, 2025),
        ("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2025),
    ]


def test_keeping_the_lead_of_the_region_is_the_regional_standing(lex, units):
    text = "Đại hội Đảng bộ tỉnh\n\nTỉnh đề ra mục tiêu đến năm 2025 giữ vững vị trí dẫn đầu khu vực Tây Nguyên."
    assert rows(text, lex, units, 2021) == [("REGIONAL_DEVELOPMENT_RANK", "achieve", None, None, 2025)]
