"""An end of poverty set as an aim ("không còn hộ nghèo", "xóa nghèo") is the poverty rate's
``achieve`` row (CONVENTIONS: an indicator's end state), also beside a figure of the poverty
rate said in another comma segment of the clause. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    return cited_row_keys(text, lex, units, published_year, None)


def test_an_end_of_poverty_after_a_rate_in_another_segment_is_its_achieve(lex, units):
    text = (
        "Giảm nghèo\n\nNăm 2026, huyện đặt chỉ tiêu tỷ lệ hộ cận nghèo còn 1,2%, tỷ lệ hộ nghèo theo "
        "chuẩn huyện còn 0,6%, không còn hộ nghèo theo chuẩn quốc gia."
    )
    assert ("POVERTY_RATE", "achieve", None, None, 2026) in rows(text, lex, units, 2025)


def test_an_end_of_poverty_after_a_reduction_is_its_achieve(lex, units):
    text = (
        "Giảm nghèo\n\nTỉnh phấn đấu tỷ lệ hộ nghèo giảm bình quân 2%/năm, để đến hết năm 2028 tỉnh không còn hộ nghèo."
    )
    assert ("POVERTY_RATE", "achieve", None, None, 2028) in rows(text, lex, units, 2024)


def test_a_figure_of_the_end_state_in_its_own_segment_keeps_one_row(lex, units):
    text = "Giảm nghèo\n\nĐến năm 2028, phấn đấu không còn hộ nghèo, tỷ lệ dưới 0,5%."
    assert [r for r in rows(text, lex, units, 2024) if r[1] == "achieve"] == []


def test_an_aim_to_end_poverty_is_its_achieve(lex, units):
    text = "Đại hội Đảng bộ huyện Hòa Sơn\n\nĐến năm 2030, Đảng bộ quyết tâm xóa nghèo, phát triển kinh tế vườn."
    assert ("POVERTY_RATE", "achieve", None, None, 2030) in rows(text, lex, units, 2025)
