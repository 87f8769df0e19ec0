"""A target's deadline written as a full date ("đến ngày 31/12/2027") names its year, as "đến
năm 2027" and "đến ngày 31 tháng 12 năm 2027" do (CONVENTIONS, Indicators: target_year, "the
year stated with the target"). A date after no deadline word (an event, a text's signing) names
no target year. Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_deadline_written_as_a_full_date_gives_its_year(lex, units):
    text = "Kế hoạch\n\nTỉnh đặt mục tiêu đến ngày 31/12/2027, toàn tỉnh có thêm 15 xã đạt chuẩn nông thôn mới."
    assert cited_row_keys(text, lex, units) == [("NEW_RURAL_COMMUNES_ADDED", "eq", 15.0, None, 2027)]
    before = "Kế hoạch\n\nPhấn đấu trước ngày 30/6/2028, tỷ lệ hộ nghèo giảm còn dưới 3%."
    assert cited_row_keys(before, lex, units) == [("POVERTY_RATE", "lt", 3.0, None, 2028)]


def test_a_date_after_no_deadline_word_names_no_target_year(lex, units):
    text = "Kế hoạch\n\nHội nghị ngày 15/3/2027 đặt mục tiêu toàn tỉnh có thêm 15 xã đạt chuẩn nông thôn mới."
    assert cited_row_keys(text, lex, units) == [("NEW_RURAL_COMMUNES_ADDED", "eq", 15.0, None, None)]
