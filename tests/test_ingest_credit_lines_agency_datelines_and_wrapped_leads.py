"""Published dates from a credit line, a news agency's dateline and a legal text whose body
opens with a hard-wrapped dated sentence (issue 8, round 19), on texts of our own."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import published_date

BODY = "Tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội với nhiều nội dung quan trọng."


def test_a_credit_line_naming_the_reporters_dates_the_page(lex):
    text = f"TỈNH ĐẶT MỤC TIÊU TĂNG TRƯỞNG CAO TRONG NĂM TỚI\n\nThực hiện: Thu Hà - Minh Quân 14/03/2019\n\n{BODY}"
    assert published_date(text, None, lex) == dt.date(2019, 3, 14)


def test_a_news_agency_dateline_opening_the_lead_dates_the_page(lex):
    text = f"Cần Thơ (TTXVN 5/9/2023) Đến năm 2030, thành phố phấn đấu tăng trưởng bình quân 8%/năm. {BODY}"
    assert published_date(text, None, lex) == dt.date(2023, 9, 5)


def test_a_lead_sentence_wrapped_under_its_date_is_no_date_line(lex):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 41/KH-UBND\n|\n"
        "Bến Tre, ngày 9\ntháng 3 năm 2023\n|\nKẾ HOẠCH CHUYỂN ĐỔI SỐ\n"
        "Ngày 15 tháng 2 năm 2023, tại phiên\nhọp thường kỳ, Ủy ban nhân dân tỉnh đã thống nhất nội dung"
        "\nchương trình. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    )
    assert published_date(text, None, lex) == dt.date(2023, 3, 9)
