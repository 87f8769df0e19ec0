"""An uncoded target's label keeps a last word that only folds like a tail cue: "đầu tư" is not
"từ". Before, "thu hút vốn đầu tư 5.000 tỷ đồng" was labelled "thu hút vốn đầu". Sentences
invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    return [(r["label_vi"], r["value_low"]) for r in cited_indicator_rows(text, lex, units, 2026)]


def test_investment_keeps_its_last_syllable(lex, units):
    text = "Kế hoạch năm 2027\n\nNăm 2027, phấn đấu thu hút vốn đầu tư 6.200 tỷ đồng."
    assert labels(text, lex, units) == [("thu hút vốn đầu tư", 6200.0)]


def test_investment_before_counted_rooms_keeps_its_last_syllable(lex, units):
    text = "Đề án du lịch\n\nĐến năm 2029, tỉnh thu hút đầu tư 900 phòng lưu trú đạt chuẩn."
    assert labels(text, lex, units) == [("thu hút đầu tư phòng lưu trú đạt chuẩn", 900.0)]


def test_a_tail_cue_written_with_its_tones_is_still_trimmed(lex, units):
    text = "Kế hoạch năm 2027\n\nNăm 2027, phấn đấu diện tích cây ăn quả đạt 14.500 ha."
    assert labels(text, lex, units) == [("diện tích cây ăn quả", 14500.0)]
