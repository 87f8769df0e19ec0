"""Periods of documents read from what names them (session 23, set 25), on texts of our own:
a congress resolution plans the term of the congress that issued it; a legal portal's headline
("<type> <number> năm <year> <title>") gives the title; a plan's header title that cites another
document still gives the plan its period; a text that "was approved by" a decision gives it the
subject's period."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def periods(text: str, lex, province: str = "33") -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, province, lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (r["period_start"], r["period_end"], r["vision_year"])
    return out


def test_a_congress_resolution_plans_the_term_of_the_congress_that_issued_it(lex):
    text = (
        "Căn cứ Nghị quyết số 07-NQ/ĐH ngày 20/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm "
        "kỳ 2020 - 2025, Nghị quyết số 88/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh về kế hoạch 5 năm 2021 - 2025, "
        "UBND tỉnh ban hành kế hoạch như sau:"
    )
    found = periods(text, lex)
    assert found["07-NQ/ĐH"] == (2020, 2025, None)
    assert found["88/NQ-HĐND"] == (2021, 2025, None)
    wrapped = (
        "Căn cứ Nghị quyết 03-NQ/TU ngày 16\ntháng 10 năm 2020 của Đại hội Đảng bộ tỉnh lần thứ X, nhiệm\nkỳ 2020-2025;"
    )
    assert periods(wrapped, lex)["03-NQ/TU"] == (2020, 2025, None)


def test_a_term_named_in_a_title_or_of_a_post_stays_no_period(lex):
    title = "Trao Quyết định số 12/QĐ-UBND về việc chuẩn y Ban Chấp hành do Đại hội nhiệm kỳ 2020-2025 bầu."
    assert periods(title, lex)["12/QĐ-UBND"] == (None, None, None)
    report = "Theo Báo cáo số 40/BC-TU của Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020 - 2025, tỉnh đạt nhiều kết quả."
    assert periods(report, lex)["40/BC-TU"] == (None, None, None)


def test_a_portal_headline_gives_the_title_after_the_year_of_issue(lex):
    text = (
        "Kế hoạch 0311/KH-UBND năm 2024 phát triển du lịch cộng đồng, nông thôn giai đoạn 2025-2030, tầm nhìn "
        "đến năm 2040 trên địa bàn tỉnh Hà Nam\n| Số hiệu | 0311/KH-UBND |\n| Ngày ban hành | 29/12/2024 |"
    )
    assert periods(text, lex)["0311/KH-UBND"] == (2025, 2030, 2040)
    # the year of issue is no plan year of the period the title names
    programme = "Chương trình 05/CTr-UBND năm 2024 thực hiện Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050\n."
    assert periods(programme, lex)["05/CTr-UBND"] == (2021, 2030, 2050)
    # not on the headline: a mention without a title cue still reads up to its first comma only
    body = "Tỉnh đã ban hành\nKế hoạch 0312/KH-UBND năm 2024 phát triển du lịch, giai đoạn 2025-2030."
    assert periods(body, lex)["0312/KH-UBND"][:2] == (None, None)


def test_a_number_cited_in_a_header_title_leaves_the_period_to_the_header_text(lex):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n|\nSố: 45/KH-UBND\n|\nHà Nam, ngày 16\ntháng 7 năm 2021\n|\nKẾ HOẠCH\n"
        "THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU NGÀY 18/6/2021 CỦA BAN CHẤP\nHÀNH ĐẢNG BỘ TỈNH VỀ PHÁT TRIỂN DU LỊCH "
        "GIAI ĐOẠN 2021\n- 2025\nThực hiện Nghị quyết số\n09-NQ/TU ngày 18/6/2021 của Ban chấp hành Đảng bộ tỉnh "
        "về phát triển du lịch giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch cụ thể như sau:"
    )
    found = periods(text, lex)
    assert found["45/KH-UBND"] == (2021, 2025, None)
    assert found["09-NQ/TU"] == (2021, 2025, None)


def test_a_decision_that_approved_the_plan_named_before_it_takes_its_period(lex):
    text = (
        "Sau khi Quy hoạch tỉnh Hà Nam thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quy hoạch tỉnh) được Thủ tướng "
        "Chính phủ phê duyệt tại Quyết định số 377/QĐ-TTg, ngày 12/4/2023, Sở Tài chính đã tham mưu UBND tỉnh."
    )
    assert periods(text, lex)["377/QĐ-TTg"] == (2021, 2030, 2050)
    # a period of another clause, set off by a comma, is not the approved text's
    other = "Trong giai đoạn 2021-2025, dự án được phê duyệt theo Quyết định số 12/QĐ-UBND của tỉnh."
    assert periods(other, lex)["12/QĐ-UBND"] == (None, None, None)


def test_a_decision_enacting_a_plan_that_implements_a_cited_text_keeps_no_period(lex):
    text = (
        "Số: 77/QĐ-UBND\n|\nHà Nam, ngày 03\ntháng 10 năm 2024\n|\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI NGHỊ "
        "QUYẾT SỐ 21-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN VÙNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045\nCăn cứ Luật."
    )
    assert periods(text, lex)["77/QĐ-UBND"] == (None, None, None)


def test_a_plan_takes_the_period_or_horizon_and_vision_its_header_title_cites(lex):
    head = "Số: 61/KH-UBND | Hà Nam, ngày 16 tháng 8 năm 2023 |\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 12/NQ-CP CỦA CHÍNH PHỦ VỀ "
    period = (
        head
        + "QUY HOẠCH VÙNG THỜI KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2050\nThực hiện Nghị quyết số 12/NQ-CP, UBND tỉnh ban hành."
    )
    assert periods(period, lex)["61/KH-UBND"] == (2021, 2030, 2050)
    # a horizon alone is the plan's too (CONVENTIONS session 35; this assertion read (None, None, None) before)
    horizon = head + "PHÁT TRIỂN VÙNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045\nCăn cứ Luật Tổ chức chính quyền địa phương;"
    assert periods(horizon, lex)["61/KH-UBND"] == (None, 2030, 2045)
    # a title over two capitalised lines, the cited text's dates before its horizon
    wrapped = (
        "Số: 88/KH-UBND\n\nThái Bình, ngày 05 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nTRIỂN KHAI NGHỊ QUYẾT SỐ 45/NQ-CP NGÀY "
        "10/3/2023 CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN\nVÙNG ĐỒNG BẰNG SÔNG HỒNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050\n\n"
        "Thực hiện Nghị quyết số 45/NQ-CP, UBND tỉnh ban hành Kế hoạch như sau:"
    )
    assert periods(wrapped, lex)["88/KH-UBND"] == (None, 2030, 2050)
