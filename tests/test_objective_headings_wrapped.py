"""A numbered heading over the objectives of a hard-wrapped page (CONVENTIONS, Objectives: "a
heading that ends its paragraph ... takes the marked or ';'-ended paragraphs below it"; session 35:
"a numbered heading with no colon over one plain paragraph takes that paragraph's sentences").
The unwrap joins the heading line to the lines below it; the heading still introduces them, and
the next heading of the same numbering ("2. ...") ends its list. Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs

# a page wrapped at a fixed width: its lines end inside phrases and go on in lower case
_WRAPPED_LEAD = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày\n"
    "19 tháng 6 năm 2015 và các văn bản hướng dẫn\n"
    "thi hành; xét Tờ trình số 20/TTr-UBND ngày 02 tháng\n"
    "12 năm 2025 của Ủy ban nhân dân tỉnh về kế hoạch\n"
    "phát triển kinh tế - xã hội và báo cáo thẩm tra của\n"
    "các Ban Hội đồng nhân dân tỉnh và ý kiến thảo luận của\n"
    "đại biểu tại kỳ họp.\n"
)


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_heading_line_joined_to_its_plain_paragraph_takes_its_sentences(lex):
    text = _WRAPPED_LEAD + (
        "NGHỊ QUYẾT:\n"
        "I. Mục tiêu\n"
        "tổng quát\n"
        "Phấn đấu đưa Bình Định trở thành tỉnh phát triển khá của\n"
        "vùng vào năm 2030. Giữ vững tốc độ tăng trưởng kinh tế cao và bền vững. Đổi mới\n"
        "mô hình tăng trưởng; thu hút mọi nguồn lực cho đầu tư.\n"
        "II. Chỉ tiêu\n"
        "chủ yếu"
    )
    assert _rows(text, lex) == [
        ("general_objective", "Phấn đấu đưa Bình Định trở thành tỉnh phát triển khá của\nvùng vào năm 2030"),
        ("general_objective", "Giữ vững tốc độ tăng trưởng kinh tế cao và bền vững"),
        ("general_objective", "Đổi mới\nmô hình tăng trưởng; thu hút mọi nguồn lực cho đầu tư"),
    ]


def test_a_heading_line_joined_to_its_first_marked_item_takes_the_marked_items(lex):
    text = _WRAPPED_LEAD + (
        "QUYẾT NGHỊ:\n"
        "1. Mục tiêu tổng quát\n"
        "a) Theo sát mục tiêu phát triển\n"
        "kinh tế của cả nước năm 2025 theo các kết luận của Trung ương.\n"
        "b) Thực hiện Quy hoạch tỉnh Phú Yên thời kỳ 2021-2030, làm cơ sở\n"
        "huy động mọi nguồn lực của tỉnh.\n"
        "2. Các chỉ tiêu chủ yếu\n"
        "a) Tốc độ tăng trưởng GRDP đạt 8%."
    )
    quotes = [q for _, q in _rows(text, lex)]
    assert len(quotes) == 2
    assert quotes[0].startswith("Theo sát mục tiêu") and quotes[1].startswith("Thực hiện Quy hoạch")


def test_the_next_numbered_heading_ends_a_headings_list(lex):
    text = (
        "1. Mục tiêu tổng quát:\n"
        "Phát triển đô thị Nam Định theo hướng xanh, thông\n"
        "minh, hiện đại. Hạ tầng đô thị được xây dựng đồng bộ. Chất lượng sống\n"
        "của cư dân đô thị ở mức cao.\n"
        "2. Mục tiêu cụ thể\n"
        "a) Về hệ thống đô thị:\n"
        "- Đến năm 2030: Toàn tỉnh có 12 đô thị."
    )
    assert [q for _, q in _rows(text, lex)] == [
        "Phát triển đô thị Nam Định theo hướng xanh, thông\nminh, hiện đại",
        "Hạ tầng đô thị được xây dựng đồng bộ",
        "Chất lượng sống\ncủa cư dân đô thị ở mức cao",
    ]


def test_a_cue_that_a_hard_wrap_cuts_before_its_year_is_no_heading(lex):
    text = _WRAPPED_LEAD + "Mục tiêu đến năm\n2030, tỉnh Phú Yên là tỉnh phát triển khá; có kinh tế năng động."
    assert [q for _, q in _rows(text, lex)] == ["tỉnh Phú Yên là tỉnh phát triển khá", "có kinh tế năng động"]
