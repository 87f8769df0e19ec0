"""A programme or resolution made for a term of office, its own title naming the term, has the
term as its period (CONVENTIONS, session 30); a text that only serves such a programme does not
take the term, and a post's, a council's or an issuer's term still dates nothing. Sentences of our
own."""

from __future__ import annotations

from tests.helpers.document_rows import periods


def test_a_programme_titled_with_its_term_has_the_term_as_its_period(lex):
    text = (
        "Tỉnh triển khai Nghị quyết số 45/NQ-CP ngày 12/9/2021 của Chính phủ ban hành Chương trình hành động "
        "của Chính phủ nhiệm kỳ 2021 - 2026 thực hiện Nghị quyết của Quốc hội về kế hoạch đầu tư công "
        "5 năm 2021 - 2025."
    )
    assert periods(text, lex) == {"45/NQ-CP": (2021, 2026)}


def test_a_plan_serving_a_term_programme_does_not_take_the_term(lex):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\n\nSố: 31/CTr-UBND\n\nBình Minh, ngày 05 tháng 11 năm 2021\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 45/NQ-CP NGÀY 12/9/2021 CỦA CHÍNH PHỦ BAN HÀNH "
        "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ NHIỆM KỲ 2021 - 2026 THỰC HIỆN NGHỊ QUYẾT CỦA QUỐC HỘI VỀ "
        "KẾ HOẠCH ĐẦU TƯ CÔNG 5 NĂM 2021 - 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nTổ chức quán triệt sâu rộng.\n"
    )
    assert periods(text, lex) == {"31/CTr-UBND": (None, None), "45/NQ-CP": (2021, 2026)}


def test_an_issuers_or_a_councils_term_after_a_programme_stays_no_period(lex):
    text = (
        "Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU của Ban Chấp hành Đảng bộ tỉnh khóa XV, "
        "nhiệm kỳ 2020 - 2025 về chuyển đổi số."
    )
    assert periods(text, lex) == {"12-CTr/TU": (None, None)}


def test_a_decision_enacting_a_plan_for_a_congress_resolution_takes_no_term(lex):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\n\nSố: 15/QĐ-UBND\n\nBình Minh, ngày 09 tháng 01 năm 2026\n\n"
        "QUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động của UBND tỉnh thực hiện "
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert periods(text, lex) == {"15/QĐ-UBND": (None, None)}
