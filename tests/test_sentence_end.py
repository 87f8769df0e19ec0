"""The one sentence-end mark the rules share (``segment.sentence_end``), on texts of our own."""

from __future__ import annotations

from pipelines.text.segment import sentence_end

TEXT = "Huyện có 14 xã đạt chuẩn. Năm 2027 thêm 1.500 hộ; 6 xã\nvà 2 thị trấn"


def _ends(**options: bool) -> list[str]:
    return [m.group() for m in sentence_end(**options).finditer(TEXT)]


def test_a_stop_before_white_space_ends_a_sentence_a_decimal_point_does_not():
    assert _ends() == ["."]


def test_a_semicolon_and_a_line_break_end_one_only_when_asked():
    assert _ends(semicolon=True) == [".", ";"]
    assert _ends(line=True) == [".", "\n"]
    assert _ends(semicolon=True, line=True) == [".", ";", "\n"]


def test_a_stop_at_the_end_of_the_searched_span_counts():
    end = TEXT.index(".") + 1
    assert sentence_end().search(TEXT, 0, end)
    assert not sentence_end().search(TEXT, 0, end - 1)
