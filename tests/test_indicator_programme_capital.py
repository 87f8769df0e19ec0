"""The capital a programme is carried out with is an allocation, no target (CONVENTIONS, session
27: an allocation sets no target), on texts of our own: "với tổng vốn", "với tổng nguồn vốn" after
the programme, or capital "dành cho" it; funds the plan raises stay an aim."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_programme_with_its_total_capital_is_no_target(lex, units):
    text = (
        "Năm 2027, tỉnh phấn đấu có 40 hợp tác xã đạt chuẩn nhờ Chương trình phát triển vùng cao "
        "với tổng vốn đầu tư hơn 520 tỷ đồng."
    )
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [("-", "eq", 40.0, None, 2027)]


def test_a_programme_with_its_total_sources_of_capital_is_no_target(lex, units):
    text = (
        "Tỉnh thực hiện Chương trình hỗ trợ sinh kế giai đoạn 2026-2030 với tổng nguồn vốn trên 310 tỷ đồng. "
        "Tỉnh phấn đấu đến năm 2030 có 40 hợp tác xã đạt chuẩn."
    )
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [("-", "eq", 40.0, None, 2030)]


def test_capital_set_aside_for_a_programme_is_no_target(lex, units):
    text = (
        "Theo kế hoạch, tổng nguồn vốn của tỉnh dành cho Chương trình phát triển vùng cao trong 5 năm "
        "khoảng 190 tỷ đồng; phấn đấu đến năm 2030 có 40 hợp tác xã đạt chuẩn."
    )
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [("-", "eq", 40.0, None, 2030)]


def test_capital_a_programme_raises_stays_an_aim(lex, units):
    text = "Dự toán tổng nguồn vốn huy động thực hiện Chương trình phát triển vùng cao năm 2027 hơn 300 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [("-", "gt", 300.0, None, 2027)]
