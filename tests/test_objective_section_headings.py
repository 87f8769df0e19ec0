"""A section heading of its own (a short paragraph in capitals ending with ':', "I. QUAN ĐIỂM PHÁT
TRIỂN:") ends a list opened by a cue before it: what follows belongs to that section, not to the
cue's list, as the set-68 tuning gold reads a resolution's "..., cụ thể như sau:" over its
sections (a structural reading; CONVENTIONS has no ruling of its own on it). A numbered
sub-heading in lower case ("2. Về quảng bá điểm đến:") does not: it only groups items of the
list (tests/test_objective_main_aims_as_follows.py). Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_section_heading_right_below_the_cue_leaves_its_list_empty(lex):
    text = (
        "Điều 1. Thông qua quan điểm, định hướng và các giải pháp chủ yếu phát triển du lịch tỉnh đến "
        "năm 2030, cụ thể như sau:\n\n"
        "I. QUAN ĐIỂM PHÁT TRIỂN:\n\n"
        "1. Phát triển du lịch bền vững gắn với bảo tồn di sản văn hóa.\n\n"
        "2. Huy động mọi nguồn lực xã hội cho đầu tư hạ tầng du lịch."
    )
    assert _rows(text, lex) == []


def test_a_later_section_heading_ends_the_list_before_it(lex):
    text = (
        "Nhiệm vụ và giải pháp chủ yếu:\n\n"
        "1. Đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh;\n\n"
        "2. Thu hút đầu tư vào các khu công nghiệp tập trung;\n\n"
        "III. TỔ CHỨC THỰC HIỆN:\n\n"
        "1. Giao trách nhiệm triển khai cho từng đơn vị trong quý I."
    )
    assert [q for _, q in _rows(text, lex)] == [
        "Đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh",
        "Thu hút đầu tư vào các khu công nghiệp tập trung",
    ]
