"""A general objective cue followed by "là" or "nhằm" (after a short genitive, "của Kế hoạch") and
then its content opens a list as ':' does, with or without ';' ("Mục tiêu tổng quát (của Kế
hoạch) là ...", "Mục tiêu trọng tâm ... là", "Mục tiêu chung ... nhằm"): its paragraph's
sentences are one row each (CONVENTIONS, Objectives, sessions 37 and 39). Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_general_objective_is_its_content_in_running_text(lex):
    text = (
        "Mục tiêu tổng quát của Đề án là đưa huyện đảo trở thành trung tâm dịch vụ biển của vùng. Huyện "
        "cũng mong muốn bảo tồn hệ sinh thái rạn san hô."
    )
    assert _rows(text, lex) == [
        ("general_objective", "đưa huyện đảo trở thành trung tâm dịch vụ biển của vùng"),
        ("general_objective", "Huyện cũng mong muốn bảo tồn hệ sinh thái rạn san hô"),
    ]


def test_a_common_objective_that_aims_at_its_content(lex):
    text = "Mục tiêu chung của Chương trình nhằm nâng cao thu nhập cho đồng bào vùng cao một cách bền vững."
    assert _rows(text, lex) == [
        ("general_objective", "nâng cao thu nhập cho đồng bào vùng cao một cách bền vững"),
    ]


def test_a_focal_objective_named_by_a_body(lex):
    text = "Năm 2026, phường xác định mục tiêu trọng tâm là phát triển đô thị xanh, văn minh, hiện đại."
    assert _rows(text, lex) == [
        ("general_objective", "phát triển đô thị xanh, văn minh, hiện đại"),
    ]


def test_a_general_objective_cue_with_no_content_after_is_opens_nothing(lex):
    text = "Huyện đã hoàn thành mục tiêu tổng quát của giai đoạn trước với nhiều kết quả tích cực."
    assert _rows(text, lex) == []
