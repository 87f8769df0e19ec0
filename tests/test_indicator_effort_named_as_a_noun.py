"""The effort named as a noun ("phản ánh nỗ lực ...", "trong nỗ lực chinh phục ...") narrates,
as "sự nỗ lực" and "nhờ nỗ lực" do: the "nỗ lực" target cue inside it sets no aim for the figure
of its sentence (our own texts; CONVENTIONS: a result is no target). The verb
("tỉnh nỗ lực đạt ...") still sets one."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_trend_said_to_reflect_an_effort_sets_no_row(lex, units):
    text = (
        "Con số này cho thấy đà tăng ổn định suốt nhiều năm liên tục với GRDP duy trì mức tăng "
        "trưởng hai con số, đồng thời phản ánh nỗ lực lớn của chính quyền tỉnh."
    )
    assert sorted_row_keys(text, lex, units, 2026) == []


def test_an_export_made_in_an_effort_to_win_a_market_sets_no_row(lex, units):
    text = (
        "Hợp tác xã xuất khẩu 20 tấn bưởi sang thị trường Úc, mở ra hướng đi mới cho nông sản "
        "địa phương trong nỗ lực chinh phục các thị trường khắt khe."
    )
    assert sorted_row_keys(text, lex, units, None) == []


def test_the_verb_of_effort_still_sets_the_aim(lex, units):
    text = "Năm 2027, tỉnh nỗ lực đạt tốc độ tăng trưởng GRDP 8,5%."
    assert sorted_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "eq", 8.5, None, 2027)]
