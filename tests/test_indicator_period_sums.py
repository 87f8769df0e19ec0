"""A sum over a period is uncoded (CONVENTIONS, ruled in session 27), in our own words: an amount
of money stated for a period ("giai đoạn 2026 - 2030", "05 năm") is the period's sum, its label
naming the period; a year's own figure beside it and a yearly average keep their code."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, sorted_row_keys


def test_an_amount_for_a_named_period_is_uncoded_and_labelled_by_the_period(lex, units):
    text = "Kế hoạch\n\nTỉnh phấn đấu tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt 320.000 tỷ đồng."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["comparator"], r["value_low"], r["target_year"]) for r in found] == [
        (None, "eq", 320000.0, 2030)
    ]
    assert found[0]["label_vi"].endswith("giai đoạn 2026 - 2030")


def test_a_five_year_amount_after_a_colon_is_uncoded(lex, units):
    text = (
        "Kế hoạch 5 năm 2026 - 2030\n\nCác chỉ tiêu chủ yếu:\n\n"
        "- Kim ngạch xuất khẩu 05 năm: đạt 7.400 triệu USD;\n\n- Tỷ lệ đô thị hóa đến năm 2030: đạt 48%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("", "eq", 7400000000.0, None, 2030),
        ("URBANISATION_RATE", "eq", 48.0, None, 2030),
    ]


def test_a_yearly_amount_over_a_period_keeps_its_code(lex, units):
    text = "Kế hoạch\n\nGiai đoạn 2026 - 2030, tỉnh phấn đấu thu hút vốn FDI bình quân mỗi năm 400 triệu USD."
    assert sorted_row_keys(text, lex, units, 2025) == [("FDI_ATTRACTION", "eq", 400000000.0, None, 2030)]
