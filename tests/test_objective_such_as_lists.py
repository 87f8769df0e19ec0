"""A plural plan noun ("các giải pháp", "các nhiệm vụ", "các mục tiêu") whose sentence goes on to
"như:" introduces a list, as "Các giải pháp ... cụ thể như:" does (CONVENTIONS, Objectives,
session 35); its kind is the first noun it names (session 39). In running text it introduces
nothing, nor does the aims noun before a plain ':' (the solutions noun does, sessions 41 and 43:
tests/test_objective_ruled_openers.py). In a list whose first item is capitalised and whose later
items are lower case, a later item that opens with a figure continues the item before it too
(session 39). Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_solutions_named_before_such_as_open_a_list(lex):
    text = (
        "Tỉnh xác định các giải pháp phát triển thương mại biên giới, như: Nâng cấp hạ tầng cửa khẩu, "
        "kho bãi; đẩy mạnh xúc tiến thương mại. Hoàn thiện thủ tục thông quan điện tử."
    )
    assert _rows(text, lex) == [
        ("solution_group", "Nâng cấp hạ tầng cửa khẩu, kho bãi; đẩy mạnh xúc tiến thương mại"),
        ("solution_group", "Hoàn thiện thủ tục thông quan điện tử"),
    ]


def test_the_first_plan_noun_names_the_kind_and_a_sentence_ending_with_a_colon_ends_the_list(lex):
    text = (
        "Kế hoạch nêu các nhiệm vụ, mục tiêu như: Tiếp tục phát triển chăn nuôi an toàn sinh học; "
        "mở rộng vùng trồng cây ăn quả. Kế hoạch cũng nêu các chỉ tiêu cần đạt như sau:"
    )
    assert _rows(text, lex) == [
        ("task", "Tiếp tục phát triển chăn nuôi an toàn sinh học; mở rộng vùng trồng cây ăn quả"),
    ]


def test_a_later_item_opening_with_a_figure_continues_a_capitalised_list(lex):
    text = (
        "Hội nghị thống nhất các mục tiêu, nhiệm vụ trọng tâm nhiệm kỳ tới như: Giữ vững xã đạt chuẩn "
        "an toàn thực phẩm; nâng cao chất lượng trường học; 95% hộ dân có nước sạch; xây dựng thêm "
        "2 chợ nông thôn."
    )
    assert _rows(text, lex) == [
        (
            "general_objective",
            "Giữ vững xã đạt chuẩn an toàn thực phẩm; nâng cao chất lượng trường học; 95% hộ dân có "
            "nước sạch; xây dựng thêm 2 chợ nông thôn",
        ),
    ]


def test_an_aims_noun_before_a_plain_colon_opens_nothing(lex):
    text = "Các mục tiêu mà huyện đã đề ra là: tiếp tục cải cách hành chính; thu hút đầu tư."
    assert _rows(text, lex) == []


def test_a_plural_plan_noun_in_running_text_opens_nothing(lex):
    text = "Các giải pháp hỗ trợ doanh nghiệp đã phát huy hiệu quả; thu ngân sách tăng 12%."
    assert _rows(text, lex) == []
