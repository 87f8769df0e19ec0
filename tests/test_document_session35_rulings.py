"""Session-35 Documents rulings the rules did not read yet (round 43): numbers written without
their dash, quotas "trong năm ... và các năm tiếp theo đến năm ...", a decision's subject after
"theo đó", and a vision written as a direction in a first article. Short texts of our own."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_number_written_without_its_dash_is_recorded_as_written(lex):
    text = (
        "Thực hiện Nghị quyết số 58/NQCP ngày 12/3/2025 của Chính phủ và Kế hoạch số 2101/KHUBND ngày "
        "05/6/2024 của UBND tỉnh về cải cách hành chính;"
    )
    found = docs(text, lex, "14")
    assert found["58/NQCP"][:3] == ("resolution", "government", "2025-03-12")
    assert found["2101/KHUBND"][:3] == ("plan", "provincial_peoples_committee", "2024-06-05")


def test_a_fused_code_not_opened_by_the_noun_s_type_is_no_document(lex):
    text = "Theo Kế hoạch số 2101/NQCP ngày 05/6/2024 của UBND tỉnh;"
    assert docs(text, lex, "14") == {}


def test_quotas_for_a_year_and_the_years_after_up_to_a_horizon_give_the_period(lex):
    text = (
        "Quyết định số 512/QĐ-TTg ngày 03/3/2025 giao chỉ tiêu xây dựng trường học đạt chuẩn trong năm 2024 "
        "và các năm tiếp theo đến năm 2030; trong đó tỉnh phấn đấu hoàn thành 40 trường."
    )
    assert docs(text, lex, "14")["512/QĐ-TTg"][3:5] == (2024, 2030)


def test_a_decision_assigning_quotas_after_theo_do_takes_their_period(lex):
    text = (
        "Ngày 12/5/2023, UBND tỉnh Hà Giang đã ban hành Quyết định số 902/QĐ-UBND, theo đó giao chỉ tiêu "
        "thực hiện Chương trình giảm nghèo bền vững trên địa bàn tỉnh giai đoạn 2022-2025 và năm 2023 như sau:"
    )
    assert docs(text, lex, "02")["902/QĐ-UBND"][3:5] == (2022, 2025)


def test_a_first_article_naming_a_direction_after_its_horizon_gives_the_vision(lex):
    text = (
        "Số: 415/QĐ-UBND | Đà Lạt, ngày 14 tháng 4 năm 2021 |\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 09-NQ/TU ngày "
        "02/02/2021 của Tỉnh ủy về phát triển lâm nghiệp bền vững đến năm 2025, định hướng đến năm 2035.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."
    )
    assert docs(text, lex)["415/QĐ-UBND"][3:] == (None, 2025, 2035)
