"""The label of a becoming (CONVENTIONS, session 44: "trở thành" or "là" before a kind of place
goes with the subject, the label naming the kind reached, up to the end of its comma segment,
without the year after it); the verb inside the counted noun's own phrase stays. Sentences
invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units, year: int = 2025) -> list[tuple]:
    found = cited_indicator_rows("Đại hội\n\n" + text, lex, units, year)
    return [(r["indicator_code"], r["label_vi"], r["comparator"]) for r in found]


def test_becoming_a_province_of_a_level_is_labelled_by_the_kind(lex, units):
    text = "Tây Hòa phấn đấu đến năm 2030 trở thành tỉnh khá của cả nước."
    assert labels(text, lex, units) == [(None, "tỉnh khá của cả nước", "achieve")]


def test_the_kind_runs_to_the_end_of_its_comma_segment(lex, units):
    text = "Tây Hòa phấn đấu đến năm 2030 trở thành tỉnh công nghiệp theo hướng hiện đại, kinh tế tăng trưởng nhanh."
    assert labels(text, lex, units) == [(None, "tỉnh công nghiệp theo hướng hiện đại", "achieve")]


def test_a_commune_built_into_a_ward_is_labelled_by_the_ward(lex, units):
    text = "Xây dựng xã Phú Lâm trở thành phường trước năm 2030"
    assert labels(text, lex, units) == [(None, "phường", "achieve")]


def test_a_site_tag_and_the_subject_before_the_verb_go(lex, units):
    text = "ABC - Tỉnh Tây Hòa phấn đấu đến năm 2030 trở thành tỉnh có công nghiệp phát triển nhanh, bền vững."
    assert labels(text, lex, units) == [(None, "tỉnh có công nghiệp phát triển nhanh", "achieve")]
