""" "các mục tiêu chính ... như sau:" opens an objectives list, as "mục tiêu trọng tâm" does
(CONVENTIONS, Objectives, session 42): a plural aims noun before "như sau:" as before "như:"
(session 35). A numbered sub-heading ending with ':' inside the list ("3. Về quảng bá điểm
đến:") only groups the items below it: no row of its own, its items stay rows. Sentences of our
own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_main_aims_as_follows_open_a_list_of_the_numbered_paragraphs_below(lex):
    text = (
        "Ngày 5/4, Ủy ban nhân dân huyện ban hành kế hoạch phát triển du lịch cộng đồng năm 2025, "
        "tập trung vào các mục tiêu chính như sau:\n\n"
        "1. Hoàn thiện bộ máy quản lý du lịch cộng đồng ở các xã vùng cao; ban hành quy chế phối hợp "
        "giữa các thôn.\n\n"
        "2. Nâng cao chất lượng dịch vụ lưu trú tại các bản văn hóa."
    )
    assert _rows(text, lex) == [
        (
            "general_objective",
            "Hoàn thiện bộ máy quản lý du lịch cộng đồng ở các xã vùng cao; ban hành quy chế phối hợp giữa các thôn",
        ),
        ("general_objective", "Nâng cao chất lượng dịch vụ lưu trú tại các bản văn hóa"),
    ]


def test_main_aims_as_follows_in_running_text_open_a_list(lex):
    text = (
        "Năm nay, xã đề ra các mục tiêu chính như sau: Giữ vững danh hiệu xã văn hóa; nâng cấp "
        "đường giao thông nội đồng; Xây dựng chợ nông thôn mới."
    )
    assert [q for _, q in _rows(text, lex)] == [
        "Giữ vững danh hiệu xã văn hóa; nâng cấp đường giao thông nội đồng",
        "Xây dựng chợ nông thôn mới",
    ]


def test_a_numbered_sub_heading_inside_the_list_gives_no_row_its_items_do(lex):
    text = (
        "Kế hoạch tập trung vào các mục tiêu chính như sau:\n\n"
        "1. Hoàn thiện bộ máy quản lý du lịch cộng đồng ở các xã vùng cao.\n\n"
        "2. Về quảng bá điểm đến:\n\n"
        "- Xây dựng bộ ấn phẩm giới thiệu các bản du lịch tiêu biểu.\n\n"
        "- Tổ chức lễ hội văn hóa dân tộc hằng năm."
    )
    assert [q for _, q in _rows(text, lex)] == [
        "Hoàn thiện bộ máy quản lý du lịch cộng đồng ở các xã vùng cao",
        "Xây dựng bộ ấn phẩm giới thiệu các bản du lịch tiêu biểu",
        "Tổ chức lễ hội văn hóa dân tộc hằng năm",
    ]
