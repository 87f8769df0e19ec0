"""An objective cue inside the name of a document introduces no list, whatever follows it
(CONVENTIONS, Objectives: "a cue inside a document title ... is no row"): a plan's name that goes
on to its vision ("... đến năm 2020, tầm nhìn đến năm 2030 với các nội dung sau:"), and the
title of a numbered text ("Nghị quyết số ... về những giải pháp chủ yếu ...; ..."). Sentences of
our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_vision_inside_a_plans_name_before_a_colon_gives_no_row(lex):
    text = (
        "Điều 1. Phê duyệt Quy hoạch phát triển du lịch tỉnh Hà Tĩnh đến năm 2025, tầm nhìn đến năm 2035 "
        "với các nội dung chính sau:\n\n"
        "1. Phát triển du lịch gắn với bảo tồn di sản văn hóa của các huyện ven biển.\n\n"
        "2. Huy động các nguồn lực xã hội đầu tư hạ tầng du lịch."
    )
    assert _rows(text, lex) == []


def test_a_plan_announced_with_its_vision_gives_no_row(lex):
    text = (
        "UBND tỉnh ban hành Kế hoạch thực hiện Đề án phát triển nông nghiệp tỉnh Hà Tĩnh đến năm 2025, "
        "tầm nhìn đến năm 2035 với những nội dung như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Mục đích:"
    )
    assert _rows(text, lex) == []


def test_a_cue_in_a_numbered_texts_title_gives_no_row(lex):
    text = (
        "Từ đầu năm, UBND tỉnh đã chỉ đạo triển khai Nghị quyết số 05/NQ-CP của Chính phủ về những giải pháp "
        "chủ yếu điều hành kế hoạch phát triển kinh tế - xã hội năm 2019; tiếp tục tháo gỡ khó khăn cho "
        "doanh nghiệp nhỏ và vừa trên địa bàn."
    )
    assert _rows(text, lex) == []


def test_a_vision_heading_its_own_list_still_gives_rows(lex):
    text = "Tầm nhìn đến năm 2045: Hà Tĩnh là tỉnh phát triển khá của vùng Bắc Trung Bộ; có kinh tế xanh, bền vững."
    assert [k for k, _ in _rows(text, lex)] == ["vision"]


def test_a_solution_list_after_a_colon_still_gives_rows(lex):
    text = (
        "Kế hoạch đề ra các giải pháp chủ yếu: Đẩy mạnh cải cách hành chính; Thu hút đầu tư vào khu kinh "
        "tế Vũng Áng; Phát triển nguồn nhân lực chất lượng cao."
    )
    assert len(_rows(text, lex)) == 3
