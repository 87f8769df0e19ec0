"""Uncoded share labels that were a verb alone (round 53, in our own words): a curated verb
(``share_verb``: "đóng góp", "cắt giảm" ...) right before a share whose object is written after
it; the label is the verb and the words after the share."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_verb_before_a_share_takes_the_object_after_it(lex, units):
    found = labels(
        "Đến năm 2030, kinh tế hợp tác tăng trưởng 8%/năm; đóng góp khoảng 12% giá trị sản xuất nông nghiệp của huyện.",
        lex,
        units,
    )
    assert (None, "đóng góp giá trị sản xuất nông nghiệp của huyện", 12.0) in found


def test_a_cut_verb_before_a_share_takes_the_object_after_it(lex, units):
    found = labels(
        "Năm 2026, cắt giảm ít nhất 25% thời gian xử lý hồ sơ đăng ký kinh doanh.",
        lex,
        units,
    )
    assert any(
        code is None and label.startswith("cắt giảm thời gian xử lý") and v == 25.0 for code, label, v in found
    ), found


def test_a_noun_before_a_share_keeps_its_own_words(lex, units):
    """ "tỷ lệ che phủ rừng đạt 48% diện tích": the words before name the share."""
    found = labels("Năm 2026, độ che phủ rừng toàn huyện đạt 48%.", lex, units)
    assert all(not label.startswith("đóng góp") for _, label, _ in found), found
