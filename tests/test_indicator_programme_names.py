"""A programme's name that holds an aim word (our own texts): "Chương trình mục tiêu quốc gia
..." names a programme, it sets no aim; the figures of its capital are no targets by that word,
and an aim word of the sentence still sets its target."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_figures_of_a_national_target_programme_are_not_aims_by_its_name(lex, units):
    text = (
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn "
        "tỉnh có tổng nguồn vốn 2.300 tỷ đồng; ngân sách địa phương là 410 tỷ đồng."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_an_aim_word_beside_the_programme_name_still_sets_the_target(lex, units):
    text = (
        "Phấn đấu đến năm 2025, thông qua Chương trình mục tiêu quốc gia giảm nghèo bền vững, "
        "tỷ lệ hộ nghèo giảm xuống còn 2%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("POVERTY_RATE", "lte", 2.0, None, 2025)]
