"""Session-36 Documents ruling the rules did not read yet (round 45): a text headed as a plan
but numbered with a decision's symbol takes its type from its heading. Short texts of our own."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_text_headed_as_a_plan_under_a_decision_number_is_a_plan(lex):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------\n|\nSố: 2210/QĐ-UBND\n|\nHà Tĩnh, ngày\n"
        "14 tháng 5 năm 2023\n|\nKẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH HÀ TĨNH ĐẾN NĂM 2030\n"
        "Thực hiện Quyết định số 88/QĐ-TTg ngày 02/02/2023 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh "
        "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH"
    )
    assert docs(text, lex, "42")["2210/QĐ-UBND"][:3] == ("plan", "provincial_peoples_committee", "2023-05-14")


def test_a_decision_headed_as_a_decision_stays_a_decision(lex):
    text = (
        "Số: 2211/QĐ-UBND\n|\nHà Tĩnh, ngày 15 tháng 5 năm 2023\n|\nQUYẾT ĐỊNH\nBan hành Kế hoạch phát triển "
        "du lịch cộng đồng tỉnh Hà Tĩnh đến năm 2030\nCăn cứ Luật Du lịch;"
    )
    assert docs(text, lex, "42")["2211/QĐ-UBND"][0] == "decision"
