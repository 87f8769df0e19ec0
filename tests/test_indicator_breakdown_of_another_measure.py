"""A sentence that opens with "Trong đó" breaks down the figure of the sentence before it, every
clause of it (``rows._a_part``). A figure of another measure than every figure before it (a
crop's output in tonnes after a total planted area in hectares, an output after a share) is no
part of that figure: it measures something else and stays a row (CONVENTIONS, session 35: crop
outputs listed beside crop areas that are parts of a total area are rows; the areas give none).
Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_an_output_after_the_parts_of_a_total_area_stays_a_row(lex, units):
    text = (
        "Năm 2026, tỉnh đặt kế hoạch gieo trồng tổng diện tích 420.000 ha. Trong đó, tỉnh tập trung "
        "vào cây chủ lực, bao gồm ngô 35.000 ha, phấn đấu đạt sản lượng 210.000 tấn tại các vùng "
        "trọng điểm, sắn 12.000 ha, mục tiêu sản lượng 280.000 tấn."
    )
    assert rows(text, lex, units, 2026) == [
        ("", "eq", 210000.0, None, 2026),
        ("", "eq", 280000.0, None, 2026),
        ("", "eq", 420000.0, None, 2026),
    ]


def test_an_output_after_a_sentence_of_shares_stays_a_row(lex, units):
    text = (
        "Năm 2026, ngành nông nghiệp được giao chỉ tiêu tốc độ tăng giá trị sản xuất 2,1%. Trong đó, sản lượng "
        "ngô đạt từ 300.000 tấn trở lên."
    )
    assert ("", "gte", 300000.0, None, 2026) in rows(text, lex, units, 2026)


def test_a_part_in_the_unit_of_the_total_is_still_no_row(lex, units):
    text = "Năm 2026, tỉnh phấn đấu gieo trồng tổng diện tích 420.000 ha. Trong đó, ngô 35.000 ha, sắn 12.000 ha."
    assert rows(text, lex, units, 2026) == [("", "eq", 420000.0, None, 2026)]
