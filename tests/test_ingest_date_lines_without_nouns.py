"""Date lines that leave out the day and year nouns (issue 8, round 19), on texts of our own:
a CMS writes "Thứ sáu, 27 Tháng 4 2018" under the headline; a date in words in running text
still needs its nouns."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import published_date

BODY = "Tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội với nhiều nội dung quan trọng."


def test_a_date_line_without_day_and_year_nouns(lex):
    weekday = f"Tỉnh công bố quy hoạch phát triển vùng ven biển\n\nThứ sáu, 27 Tháng 4 2018\n{BODY}"
    assert published_date(weekday, None, lex) == dt.date(2018, 4, 27)
    comma = f"Tỉnh công bố quy hoạch phát triển vùng ven biển\n\n09 tháng 11, 2021 - 08:15\n{BODY}"
    assert published_date(comma, None, lex) == dt.date(2021, 11, 9)
    nouns = f"Tỉnh công bố quy hoạch phát triển vùng ven biển\n\nThứ hai, ngày 3 tháng 5 năm 2021\n{BODY}"
    assert published_date(nouns, None, lex) == dt.date(2021, 5, 3)


def test_a_date_in_words_inside_a_sentence_is_no_date_line(lex):
    text = (
        "Tỉnh công bố quy hoạch phát triển vùng ven biển\n\n"
        "Kế hoạch được ký 27 tháng 4 2018 và đã triển khai ở nhiều huyện, xã trong toàn tỉnh.\n"
        f"{BODY}"
    )
    assert published_date(text, None, lex) is None


def test_a_date_in_brackets_with_its_time_ends_the_headline(lex):
    text = f"Tăng tốc thực hiện các mục tiêu tăng trưởng năm 2026 (18/03/2026, 14:00)\n\nSáng 18/3, {BODY}"
    assert published_date(text, None, lex) == dt.date(2026, 3, 18)
