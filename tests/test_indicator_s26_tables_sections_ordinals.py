"""Indicator classes of the session-26 run on set 30, in our own words: a land-allocation table
flattened one cell per line with decimal-numbered sub-rows; a paragraph announcing how many
targets a term sets; items numbered in words ("Một là, ...")."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_land_allocation_table_gives_its_allocated_column_with_numbered_sub_rows(lex, units):
    # columns: order | land use | current area | area allocated up to 2030 | difference; the
    # sub-rows are numbered "1.1", "1.2" and a "Trong đó:" line with empty cells opens them
    cells = [
        "Bảng 3: Chỉ tiêu sử dụng đất phân bổ cho tỉnh",
        "Đơn vị tính: ha",
        "Thứ tự",
        "Mục đích sử dụng đất",
        "Hiện trạng năm 2020",
        "Diện tích Chính phủ phân bổ đến năm 2030",
        "So sánh với hiện trạng",
        "1",
        "Đất nông nghiệp",
        "210.300",
        "205.100",
        "-5.200",
        "Trong đó:",
        " ",
        " ",
        "1.1",
        "Đất trồng lúa",
        "31.200",
        "30.050",
        "-1.150",
        "1.2",
        "Đất rừng sản xuất",
        "80.400",
        "84.000",
        "3.600",
        "2",
        "Đất phi nông nghiệp",
        "25.700",
        "31.900",
        "6.200",
    ]
    text = "\n\n".join(cells)
    assert rows(text, lex, units, published_year=2021) == [
        ("", "eq", 30050.0, None, 2030),
        ("", "eq", 31900.0, None, 2030),
        ("", "eq", 84000.0, None, 2030),
        ("", "eq", 205100.0, None, 2030),
    ]


def test_a_small_last_figure_before_an_unnumbered_sub_item_is_a_figure_not_a_row_number(lex, units):
    # "85" ends the row of the health sub-item: the "- " sub-item after it carries no number, so
    # "85" is no row number (main read it as one, and the row lost its plan cell)
    cells = [
        "STT",
        "Chỉ tiêu",
        "TH năm 2020",
        "KH năm 2025",
        "1",
        "Đất phát triển hạ tầng (ha)",
        "1.500",
        "1.900",
        "Trong đó:",
        "- Đất cơ sở y tế (ha)",
        "60",
        "85",
        "- Đất cơ sở giáo dục (ha)",
        "310",
        "402",
    ]
    text = "\n\n".join(cells)
    assert rows(text, lex, units, published_year=2021) == [
        ("", "eq", 85.0, None, 2025),
        ("", "eq", 402.0, None, 2025),
        ("", "eq", 1900.0, None, 2025),
    ]
