"""The cue "Mục tiêu đặt ra đến năm Y là ..." ("đặt mục tiêu đến năm Y" with its copula) ends a
running list, one whose items are lower case included, and opens its own (CONVENTIONS,
Objectives, session 44); a bare "mục tiêu" that opens no list ends none (sessions 36 and 41).
Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_the_set_aim_cue_ends_a_lower_case_breakthrough_list_and_opens_its_own(lex):
    text = (
        "Nhiệm kỳ tới, Đảng bộ xã xác định 3 đột phá chiến lược: mở rộng hạ tầng giao thông nông thôn; "
        "chuyển đổi số trong quản lý hành chính; đào tạo nguồn nhân lực trẻ. Mục tiêu đặt ra đến năm 2030 "
        "là xây dựng xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    assert _rows(text, lex) == [
        ("breakthrough", "mở rộng hạ tầng giao thông nông thôn"),
        ("breakthrough", "chuyển đổi số trong quản lý hành chính"),
        ("breakthrough", "đào tạo nguồn nhân lực trẻ"),
        ("general_objective", "xây dựng xã đạt chuẩn nông thôn mới kiểu mẫu"),
    ]


def test_a_bare_aim_noun_ends_no_list(lex):
    text = (
        "Nhiệm kỳ tới, Đảng bộ xã xác định 3 đột phá chiến lược: mở rộng hạ tầng giao thông nông thôn; "
        "chuyển đổi số trong quản lý hành chính. Mục tiêu này đòi hỏi sự chung sức của cả hệ thống chính trị."
    )
    assert [kind for kind, _ in _rows(text, lex)] == ["breakthrough", "breakthrough"]
