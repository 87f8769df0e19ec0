"""A cited title runs on past a ";" followed by a lower-case vision or direction ("...; tầm nhìn
đến năm 2030", "...; định hướng ... đến năm 2030"): the title is one plan's name, so the text
takes its period and vision (CONVENTIONS, Documents; session 43: lower-case ";"-parts continue a
cited title). A capitalised word or any other words after the ";" end the title. Short texts of
our own; the curated tables as they are."""

from __future__ import annotations

from pipelines.extract.documents import document_rows
from tests.helpers.document_rows import docs


def test_a_vision_after_a_semicolon_is_the_titles(lex):
    text = (
        "Ngày 10/3/2023, UBND tỉnh ban hành Quyết định số 210/QĐ-UBND về phê duyệt Đề án phát triển "
        "du lịch cộng đồng giai đoạn 2023-2025; tầm nhìn đến năm 2035."
    )
    assert docs(text, lex) == {
        "210/QĐ-UBND": ("decision", "provincial_peoples_committee", "2023-03-10", 2023, 2025, 2035)
    }
    (row,) = document_rows("a", text, "33", lex)
    assert row["title_vi"].endswith("tầm nhìn đến năm 2035")


def test_a_direction_after_a_semicolon_continues_the_cited_title(lex):
    text = (
        "Thực hiện Nghị quyết số 07-NQ/TU ngày 5 tháng 4 năm 2022 của Tỉnh ủy về phát triển vùng "
        "ven biển; định hướng đầu tư một số công trình giao thông giai đoạn 2022-2025, định hướng "
        "đến năm 2030;"
    )
    assert docs(text, lex) == {"07-NQ/TU": ("resolution", "provincial_party_committee", "2022-04-05", 2022, 2025, 2030)}


def test_other_words_after_a_semicolon_end_the_title(lex):
    text = (
        "Căn cứ Quyết định số 35/QĐ-UBND ngày 02/02/2021 của UBND tỉnh về phát triển cây ăn quả; "
        "tham mưu xây dựng kế hoạch giai đoạn 2021-2025;"
    )
    assert docs(text, lex) == {
        "35/QĐ-UBND": ("decision", "provincial_peoples_committee", "2021-02-02", None, None, None)
    }


def test_a_capitalised_vision_after_a_semicolon_is_no_part_of_the_title(lex):
    text = (
        "Căn cứ Quyết định số 36/QĐ-UBND ngày 02/02/2021 của UBND tỉnh về phát triển cây ăn quả; "
        "Tầm nhìn đến năm 2030, tỉnh trở thành vùng cây ăn quả lớn."
    )
    assert docs(text, lex)["36/QĐ-UBND"][3:] == (None, None, None)
