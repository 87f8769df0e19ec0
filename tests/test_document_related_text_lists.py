"""Legal portals' lists of related texts: the year a text was issued, written between its number
and its title ("<type> <number> năm <year> về ..."), is no plan year of the period in its title;
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
