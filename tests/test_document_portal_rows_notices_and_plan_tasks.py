"""Documents on texts of our own (issue 8, round 23): a legal portal's metadata row written with
colons dates the text; a decision approving the task of drawing up a plan, and a notice, set no
period (CONVENTIONS, session 27); an amended plan approved by a decision gives it its horizon
and direction; a portal headline's year of issue is no plan of one year; a report of a council's
committee is the council's."""

from __future__ import annotations

import datetime as dt

from pipelines.extract.documents import document_rows


def _rows(text: str, lex) -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, "33", lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (r["issuer"], r["signed_date"], r["period_start"], r["period_end"], r["vision_year"])
    return out


def test_a_portal_row_with_colons_dates_the_text_below_it(lex):
    text = (
        "Chỉ thị 05/CT-UBND về tăng cường kỷ luật hành chính năm 2021\n"
        "Số hiệu: 05/CT-UBND Loại văn bản: Chỉ thị\n"
        "Nơi ban hành: Tỉnh Quảng Nam Người ký: Nguyễn Văn A\n"
        "Ngày ban hành: 08/02/2021 Ngày hiệu lực: Đang cập nhật\n"
    )
    assert _rows(text, lex) == {"05/CT-UBND": ("provincial_peoples_committee", dt.date(2021, 2, 8), None, None, None)}


def test_a_decision_approving_the_task_of_drawing_up_a_plan_sets_no_period(lex):
    text = (
        "Căn cứ Quyết định số 702/QĐ-TTg ngày 11 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt nhiệm vụ "
        "lập Quy hoạch tỉnh Quảng Nam thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;"
    )
    assert _rows(text, lex) == {"702/QĐ-TTg": ("prime_minister", dt.date(2020, 6, 11), None, None, None)}


def test_a_notice_sets_no_period_of_the_plan_issued_after_it(lex):
    text = (
        "Căn cứ Thông báo số 215/TB-UBND ngày 03/8/2023 của UBND tỉnh về kết luận phiên họp thường kỳ "
        "ngày 01/8/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển nông nghiệp giai đoạn 2023-2025 "
        "như sau:"
    )
    assert _rows(text, lex)["215/TB-UBND"] == ("provincial_peoples_committee", dt.date(2023, 8, 3), None, None, None)


def test_an_amended_plan_approved_by_a_decision_gives_its_horizon_and_direction(lex):
    text = (
        "Quy hoạch phát triển giao thông vận tải tỉnh đến năm 2020 và định hướng đến năm 2030 đã được "
        "Thủ tướng Chính phủ phê duyệt điều chỉnh tại Quyết định số 310/QĐ-TTg ngày 15/3/2017."
    )
    assert _rows(text, lex) == {"310/QĐ-TTg": ("prime_minister", dt.date(2017, 3, 15), None, 2020, 2030)}


def test_a_horizon_after_a_headlines_year_of_issue_is_the_plans(lex):
    text = (
        "Quyết định 412/QĐ-UBND năm 2022 phê duyệt Kế hoạch hành động về tăng trưởng xanh đến năm 2030 "
        "trên địa bàn tỉnh\nNội dung văn bản đang được cập nhật."
    )
    assert _rows(text, lex) == {"412/QĐ-UBND": ("provincial_peoples_committee", None, None, 2030, None)}


def test_a_report_of_a_councils_committee_is_the_councils(lex):
    text = (
        "Xét Báo cáo thẩm tra số 77/BC-BKTNS ngày 02 tháng 12 năm 2024 của Ban Kinh tế - Ngân sách Hội đồng "
        "nhân dân tỉnh và Báo cáo thẩm tra số 78/BC-BVHXH ngày 02 tháng 12 năm 2024 của Ban Văn hóa - Xã hội."
    )
    rows = _rows(text, lex)
    assert {k: v[0] for k, v in rows.items()} == {
        "77/BC-BKTNS": "provincial_peoples_council",
        "78/BC-BVHXH": "provincial_peoples_council",
    }
