"""Uncoded labels opened by a tense or aspect word (round 52, in our own words): "sẽ đón ...",
"đã trồng mới ..." read the future or past marker as part of what is counted. The label is the
words that name what is counted (CONVENTIONS), so the marker is dropped when two words or more
remain; a marker before a single noun stays (one word names no label)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2027\n\n" + text, lex, units, 2026)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_future_marker_opening_a_label_is_dropped(lex, units):
    found = labels("Năm 2027, sẽ trồng mới ít nhất 2.400 ha cây ăn quả các loại.", lex, units)
    assert (None, "trồng mới cây ăn quả các loại", 2400.0) in found


def test_a_word_with_the_same_letters_and_other_tones_stays(lex, units):
    """ "đa dạng ..." folds like "đã ...": only the marker as written is dropped."""
    from pipelines.extract.cue_words import cue_words
    from pipelines.extract.labels import _without_aspect

    cues = cue_words(lex)
    assert _without_aspect("đa dạng hóa sản phẩm", cues) == "đa dạng hóa sản phẩm"
    assert _without_aspect("đã hoàn thành nhà văn hóa", cues) == "hoàn thành nhà văn hóa"
    assert _without_aspect("sẽ xã", cues) == "sẽ xã"
