"""Uncoded labels that ran on into the comparator of the next figure (round 50, in our own
words): the words after a count or a share stop at the next number, so a comparator written
before that number ("ít nhất", "trên", "dưới", "khoảng") closed the label. The comparator
belongs to the next figure, never to the name of this one."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_share_named_after_it_drops_the_next_figures_floor_word(lex, units):
    """ "100% kênh mương nội đồng được kiên cố, ít nhất 60% ...": the share is named by the
    channels made solid, not by "..., ít nhất"."""
    found = labels(
        "Đến năm 2030, 100% kênh mương nội đồng được kiên cố, ít nhất 60% đạt tiêu chuẩn kỹ thuật.",
        lex,
        units,
    )
    assert (None, "kênh mương nội đồng được kiên cố", 100.0) in found


def test_words_before_a_figure_drop_a_comparator_left_before_it(lex, units):
    """ "tỷ trọng ... đạt trên hơn 12%": the doubled comparator word is no part of the name."""
    found = labels(
        "Năm 2026, tỷ trọng đóng góp của ngành thủy sản đạt trên hơn 12% giá trị toàn ngành.",
        lex,
        units,
    )
    assert [f for f in found if f[2] == 12.0 and f[1] and f[1].endswith("trên")] == []


def test_a_grade_written_after_a_share_keeps_its_own_words(lex, units):
    """ "95% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên": "trở lên" is the grade's,
    written with no comma before it; the name keeps it."""
    found = labels("Hằng năm đến năm 2030, 95% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.", lex, units)
    assert (None, "chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên", 95.0) in found
