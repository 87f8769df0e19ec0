"""Words a scraper glued to a number (a lost line break or space) are parted at ingest, and the
stored text is the parted one. Texts of our own."""

from __future__ import annotations

from pipelines.ingest.clean import clean_text, part_glued

GLUED = (
    "Mục tiêu đến năm 2025tăng trưởng bình quân khoảng7%/năm; thu hút trên5.000 lao động.\n"
    "Văn bản liên quan: - 1Nghị định 12/2020/NĐ-CP; - 2Quyết định 45/QĐ-TTg.\n"
)


def test_a_vietnamese_word_glued_to_a_number_is_parted():
    text = clean_text(GLUED.encode("utf-8"), "glued.txt", [])
    assert text == (
        "Mục tiêu đến năm 2025 tăng trưởng bình quân khoảng 7%/năm; thu hút trên 5.000 lao động.\n"
        "Văn bản liên quan: - 1 Nghị định 12/2020/NĐ-CP; - 2 Quyết định 45/QĐ-TTg."
    )


def test_ascii_units_codes_and_short_capitalised_codes_stay():
    text = "Diện tích 120ha, 35km2, cúm H5N1, tuyến ĐT741, giá 500.000đ, Quyết định 12/QĐ-UBND, năm 2024."
    assert part_glued(text) == text


def test_two_syllables_glued_by_a_lost_line_break_are_parted():
    raw = (
        "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốccác Sở: Xây dựng, Kế hoạchvà Đầu tư; Trưởng Ban Quản lý Khu "
        "kinhtế và các đơnvị cóliên quan chịu trách nhiệm thi hành Quyết định này.\n"
    )
    assert clean_text(raw.encode("utf-8"), "glued.txt", []) == (
        "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Xây dựng, Kế hoạch và Đầu tư; Trưởng Ban Quản lý Khu "
        "kinh tế và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này."
    )


def test_single_syllables_ascii_words_and_letter_codes_stay_whole():
    text = "Người dân, giường bệnh, quyết nghị, khuyến khích, nghiêng về Internet, mạng online; UBNDtỉnh."
    assert clean_text(text.encode("utf-8"), "whole.txt", []) == text
