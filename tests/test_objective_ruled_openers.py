"""List openers and list ends the conventions ruled in sessions 41-44 (CONVENTIONS, Objectives):
a solution noun before a plain ':' ("các giải pháp:", with a relative clause "mà ... đề ra là:")
opens a list; "nhiệm vụ trọng tâm là <content>" opens a list of tasks; a counted cue elaborated by
"trong đó" in its own sentence gives its items; an item stating a standing and then a role is an
objective row; a later sentence with its own deadline past the cue's year is no item. Sentences of
our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_bare_solutions_noun_before_a_colon_opens_a_list(lex):
    text = (
        "Để hoàn thành mục tiêu trên, đề án nêu các giải pháp: nâng cấp hạ tầng các bến cảng cá, "
        "hỗ trợ ngư dân đóng tàu vỏ thép; mở rộng thị trường tiêu thụ hải sản."
    )
    assert _rows(text, lex) == [
        ("solution_group", "nâng cấp hạ tầng các bến cảng cá, hỗ trợ ngư dân đóng tàu vỏ thép"),
        ("solution_group", "mở rộng thị trường tiêu thụ hải sản"),
    ]


def test_a_solutions_noun_with_a_relative_clause_before_its_colon_opens_a_list(lex):
    text = "Các giải pháp mà xã đã đề ra là: tiếp tục chỉnh trang đường làng; mở thêm lớp dạy nghề."
    assert _rows(text, lex) == [
        ("solution_group", "tiếp tục chỉnh trang đường làng"),
        ("solution_group", "mở thêm lớp dạy nghề"),
    ]


def test_solutions_carried_out_before_a_colon_open_nothing(lex):
    text = "Năm qua, huyện đã triển khai các giải pháp: tiêm phòng cho đàn gia súc; nạo vét kênh mương."
    assert _rows(text, lex) == []
