"""A lead (the paragraph under the title) restating a body target with another comparator word
(CONVENTIONS, session 29), and a page cut off inside its last line."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_lead_restating_a_body_target_with_another_comparator_is_the_body_row(lex, units):
    text = (
        "Tỉnh quyết tâm tăng trưởng cao trong năm tới\n\n"
        "Năm 2027, tỉnh đặt mục tiêu tăng trưởng GRDP trên 9,2%, tập trung phát triển hạ tầng.\n\n"
        "Theo kế hoạch, tốc độ tăng trưởng GRDP năm 2027 đạt từ 9,2% trở lên, thu hút thêm vốn đầu tư."
    )
    assert rows(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 9.2, None, 2027)]


def test_a_lead_figure_the_body_does_not_state_stays_a_row(lex, units):
    text = (
        "Tỉnh quyết tâm tăng trưởng cao trong năm tới\n\n"
        "Năm 2027, tỉnh đặt mục tiêu tăng trưởng GRDP trên 9,2%, tập trung phát triển hạ tầng.\n\n"
        "Theo kế hoạch, tốc độ tăng trưởng GRDP năm 2027 đạt từ 9,5% trở lên, thu hút thêm vốn đầu tư."
    )
    assert rows(text, lex, units, 2026) == [
        ("GRDP_GROWTH", "gt", 9.2, None, 2027),
        ("GRDP_GROWTH", "gte", 9.5, None, 2027),
    ]


def test_a_page_cut_off_in_its_last_line_ends_with_no_headline(lex, units):
    # no title line: the lead opens the page; the page stops inside its last sentence
    text = (
        "Với mục tiêu tăng trưởng trên 9,2% vào năm 2027, tỉnh đang định vị lại vai trò của mình.\n\n"
        "Ông cho biết tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP năm 2027 đạt từ 9,2% trở lên, đóng vai trò "
        "đầu tàu cho cả vùng thông qua"
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "gte", 9.2, None, 2027)]
