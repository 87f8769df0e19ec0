"""Legal portals' lists of related texts: the year a text was issued, written between its number
and its title ("<type> <number> năm <year> về ...") or the text it implements ("... năm <year> thực
hiện Nghị quyết ..."), is no plan year of the period in its title;
an item's number glued to the type noun ("- 8Nghị quyết ...") still introduces the number.
Short texts of our own; the curated tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_year_of_issue_before_the_title_leaves_the_period(lex):
    text = (
        "Văn bản liên quan:\n"
        "- 3Nghị quyết 21/NQ-CP năm 2022 về Kế hoạch chuyển đổi số cấp huyện giai đoạn 2022-2025 do Chính phủ ban hành\n"
        "- 4Quyết định 77/2021/QĐ-TTg năm 2021 về phát triển du lịch giai đoạn 2021-2030 do Thủ tướng Chính phủ ban hành"
    )
    found = docs(text, lex)
    assert found["21/NQ-CP"][3:5] == (2022, 2025)
    assert found["77/2021/QĐ-TTg"][3:5] == (2021, 2030)


def test_a_year_named_after_the_number_without_a_title_cue_is_still_a_plan_year(lex):
    # "năm 2024 là năm tăng tốc ..." is no year of issue: the text plans that year of the period
    text = "Quyết định số 46/QĐ-UBND nêu rõ, năm 2024 là năm bứt phá của kế hoạch 5 năm giai đoạn 2021 - 2025."
    assert docs(text, lex)["46/QĐ-UBND"][3:5] == (None, None)


def test_an_item_number_glued_to_the_type_noun_still_names_the_type(lex):
    text = "- 7Nghị quyết 41/2022/UBTVQH15 về tổ chức lại đơn vị hành chính cấp xã giai đoạn 2022-2025 do Quốc hội ban hành"
    found = docs(text, lex)
    assert "41/2022/UBTVQH15" in found
    assert found["41/2022/UBTVQH15"][3:5] == (2022, 2025)


def test_a_year_of_issue_before_the_text_a_plan_implements_leaves_it_that_texts_horizon(lex):
    # "<type> <number> năm <year> thực hiện <text> ... đến năm Y, tầm nhìn ...": the listed plan takes
    # the horizon named inside the implemented text's name (CONVENTIONS session 35), as without the year
    text = (
        "- 4Kế hoạch 23-KH/TW năm 2021 thực hiện Nghị quyết 31-NQ/TW về phát triển vùng ven biển đến năm "
        "2030, tầm nhìn đến năm 2050 do Bộ Chính trị ban hành"
    )
    found = docs(text, lex)
    assert found["23-KH/TW"][3:] == (None, 2030, 2050)
    assert found["31-NQ/TW"][3:] == (None, 2030, 2050)
    # with "số" before the number, the year may be the plan's own (a plan of one year: session 42)
    running = (
        "Tỉnh ủy ban hành Kế hoạch số 23-KH/TW năm 2021 thực hiện Nghị quyết 31-NQ/TW về phát triển vùng ven "
        "biển đến năm 2030, tầm nhìn đến năm 2050."
    )
    assert docs(running, lex)["23-KH/TW"][3:] == (None, None, None)
