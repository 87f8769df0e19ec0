""" "Mục tiêu cụ thể đến năm Y" opens a list as "Mục tiêu đến năm Y" does (CONVENTIONS, Objectives,
session 39): the items stating an aim in words are rows, the items stating only figures give
indicator rows only, including a measure whose name a comma splits from its figure. A ':' that
comes after the year's content opens a sub-list inside the aim, not the list. Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_specific_aims_by_a_year_keep_the_aims_in_words(lex):
    text = (
        "Các mục tiêu cụ thể đến năm 2027 như sau:\n\n"
        "- Có ít nhất 120 sản phẩm được công nhận đạt 3 sao trở lên;\n\n"
        "- Tỷ lệ lao động được đào tạo có bằng cấp, chứng chỉ tại các hợp tác xã đạt ít nhất 35%;\n\n"
        "- Khuyến khích các hợp tác xã liên kết theo chuỗi, phấn đấu có 60% hợp tác xã hoạt động hiệu quả.\n"
    )
    assert _rows(text, lex) == [
        (
            "general_objective",
            "Khuyến khích các hợp tác xã liên kết theo chuỗi, phấn đấu có 60% hợp tác xã hoạt động hiệu quả",
        ),
    ]


def test_specific_aims_in_running_text_with_a_sub_list(lex):
    text = (
        "Kế hoạch đặt ra mục tiêu cụ thể đến năm 2026 sẽ nâng cấp các làng nghề truyền thống và mở các "
        "tuyến tham quan chuyên đề: làng gốm, làng dệt thổ cẩm, làng rèn. Từng bước xây dựng thương hiệu "
        "làng nghề của huyện trên thị trường trong nước."
    )
    assert _rows(text, lex) == [
        (
            "general_objective",
            "sẽ nâng cấp các làng nghề truyền thống và mở các tuyến tham quan chuyên đề: làng gốm, làng dệt "
            "thổ cẩm, làng rèn",
        ),
        ("general_objective", "Từng bước xây dựng thương hiệu làng nghề của huyện trên thị trường trong nước"),
    ]


def test_the_aims_list_after_a_plain_colon_is_unchanged(lex):
    text = "Mục tiêu đến năm 2030, cụ thể như sau: Xây dựng huyện thành trung tâm dịch vụ của vùng ven biển."
    assert _rows(text, lex) == [("general_objective", "Xây dựng huyện thành trung tâm dịch vụ của vùng ven biển")]
