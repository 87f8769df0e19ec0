"""Trees to plant are counted ("cây xanh", "cây" after a figure, with "nghìn", "triệu" or "tỷ"
scaling them; ``units.csv``): a planting plan's figures are count targets. "cây số" is a
distance (kilometres), no count of trees. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, sorted_row_keys as rows


def test_trees_a_plan_expects_to_plant_are_a_count(lex, units):
    text = "Năm 2024, tỉnh Gia Lai phấn đấu trồng 2,4 triệu cây xanh."
    assert rows(text, lex, units, 2024) == [("", "eq", 2400000.0, None, 2024)]


def test_bare_trees_after_a_figure_are_a_count(lex, units):
    text = "Năm 2024, tỉnh phấn đấu trồng 350.000 cây phân tán."
    assert rows(text, lex, units, 2024) == [("", "eq", 350000.0, None, 2024)]


def test_kilometres_said_as_cay_so_are_no_trees(lex, units):
    text = "Năm 2024, tỉnh phấn đấu cứng hóa 120 cây số đường giao thông nông thôn."
    assert [r["unit"] for r in cited_indicator_rows(text, lex, units, 2024)] in ([], ["other"])
