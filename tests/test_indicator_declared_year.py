"""A year declared as the year the text speaks of ("Năm 2027 là năm ...", "2027 là năm ...") dates
the aims set after it with no year of their own (our own texts; CONVENTIONS target_year: a single
year named inside the period it serves is the plan year): in the next sentence ("... . Theo đó,
tỉnh đặt mục tiêu ...") and in its own sentence, where a period that holds the year ("năm bản lề
của giai đoạn 2027 - 2031") is what the year serves, not the aim's year. A period in the figure's
own segment still dates it."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_the_sentence_after_a_declared_year_sets_that_years_aims(lex, units):
    text = (
        "Năm 2026, tăng trưởng GRDP của tỉnh ước đạt 8,1%, thu ngân sách năm 2026 đạt 9.000 tỷ đồng.\n\n"
        "Năm 2027 là năm có ý nghĩa quan trọng, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, "
        "nhiệm kỳ 2026 - 2031. Theo đó, tỉnh Hòa An đặt mục tiêu tăng trưởng GRDP từ 9 - 9,5%."
    )
    assert sorted_row_keys(text, lex, units, 2027) == [("GRDP_GROWTH", "between", 9.0, 9.5, 2027)]


def test_a_bare_declared_year_dates_the_next_sentences_aim(lex, units):
    text = (
        "Chủ tịch tỉnh cho biết, 2027 là năm bản lề, năm đầu thực hiện kế hoạch 5 năm 2027 - 2031. "
        "Mục tiêu tăng trưởng GRDP của tỉnh từ 8,5% trở lên."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 8.5, None, 2027)]


def test_a_period_the_declared_year_serves_does_not_date_the_aim_in_its_sentence(lex, units):
    text = (
        "Năm 2027 là năm đầu tiên thực hiện Nghị quyết, cũng là năm bản lề cho giai đoạn tăng tốc "
        "2027 - 2031, tỉnh đặt mục tiêu tăng trưởng GRDP đạt 9%."
    )
    assert sorted_row_keys(text, lex, units, 2027) == [("GRDP_GROWTH", "eq", 9.0, None, 2027)]


def test_a_period_in_the_figures_own_segment_still_dates_it(lex, units):
    text = (
        "Năm 2027 là năm đầu của giai đoạn 2027 - 2031, tỉnh phấn đấu tốc độ tăng trưởng GRDP bình "
        "quân giai đoạn 2027 - 2031 đạt 10%/năm."
    )
    assert sorted_row_keys(text, lex, units, 2027) == [("GRDP_GROWTH", "eq", 10.0, None, 2031)]
