"""Uncoded labels opened by the verb that raises what is measured (round 54, in our own words):
"đưa X đạt N", "nâng X lên N", "để nâng cao X lên N" name X, what is raised (CONVENTIONS session
23: "nâng tỷ lệ ... lên 99%" is labelled by what is raised), never the verb. A verb with no raise's
end word before the figure ("nâng cấp 20 chợ", "nâng cao năng lực cho 30 tổ chức") keeps its
label as it was: what it reaches is counted, nothing is raised to a level."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_raise_to_a_level_is_labelled_by_what_is_raised(lex, units):
    """ "đưa sản lượng chè búp tươi đạt 50.000 tấn": the output of fresh tea, not "đưa ..."."""
    text = "Đến năm 2026, tỉnh phấn đấu đưa sản lượng chè búp tươi đạt 50.000 tấn."
    assert labels(text, lex, units) == [(None, "sản lượng chè búp tươi", 50000.0)]


def test_a_raise_with_its_year_between_keeps_the_same_label(lex, units):
    """ "đưa X đến năm 2030 đạt N": the year between what is raised and its level changes nothing."""
    text = "Tỉnh phấn đấu đưa diện tích trồng dược liệu đến năm 2030 đạt khoảng 1.200 ha."
    assert labels(text, lex, units) == [(None, "diện tích trồng dược liệu", 1200.0)]


def test_a_count_raised_with_len_names_its_noun_once(lex, units):
    """ "nâng số hợp tác xã kiểu mới lên 300 hợp tác xã": the count's own words, no verb."""
    text = "Đến năm 2030, tỉnh phấn đấu nâng số hợp tác xã kiểu mới lên 300 hợp tác xã."
    assert labels(text, lex, units) == [(None, "số hợp tác xã kiểu mới", 300.0)]


def test_a_raise_after_a_purpose_word_drops_the_action_before_it(lex, units):
    """ "thâm canh để nâng cao năng suất cà phê bình quân lên 3,5 tấn/ha": the action the raise is
    for is no part of what is raised."""
    text = "Đến năm 2030, tỉnh tập trung thâm canh để nâng cao năng suất cà phê bình quân lên 3,5 tấn/ha."
    assert labels(text, lex, units) == [(None, "năng suất cà phê bình quân", 3.5)]


def test_a_verb_that_reaches_units_keeps_its_label(lex, units):
    """ "nâng cao năng lực cho 30 tổ chức kinh tế": no raise's end word before the figure, so the
    label stays as it was read."""
    text = "Năm 2026, phấn đấu nâng cao năng lực quản trị cho 30 hợp tác xã nông nghiệp."
    assert [label for _, label, _ in labels(text, lex, units)] == ["nâng cao năng lực quản trị hợp tác xã nông nghiệp"]
