"""A date line that opens with a time stamp, a date and a clock time in either order, and goes on
with the site's words or the lead (issue 8, CONVENTIONS "published_date": the page's date line).

"20/02/2024 - 09:40 | Tin hoạt động của các sở, ngành", "14:05 - Thứ Năm, 22/02/2024 Lượt xem:
518 In bài" and "09:40, 20/02/2024 Năm nay, tỉnh phấn đấu ..." are the page's date lines: a date
with its clock time at the start of a head line is no date a sentence tells. A date with no clock
time opening a sentence still is none. Texts of our own.
"""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import published_date

HEADLINE = "Tỉnh đặt mục tiêu tăng trưởng cao cho năm tới"
BODY = "Tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội với nhiều nội dung quan trọng."


def test_a_date_and_time_then_the_sites_section_is_a_date_line(lex):
    text = f"{HEADLINE}\n20/02/2024 - 09:40 | Tin hoạt động của các sở, ngành trong tỉnh\n{BODY}"
    assert published_date(text, None, lex) == dt.date(2024, 2, 20)


def test_a_time_weekday_and_date_then_a_view_count_is_a_date_line(lex):
    text = f"{HEADLINE}\n\n14:05 - Thứ Năm, 22/02/2024 Lượt xem: 518 In bài viết\n{BODY}"
    assert published_date(text, None, lex) == dt.date(2024, 2, 22)


def test_a_time_and_date_that_open_the_lead_are_a_date_line(lex):
    text = (
        f"{HEADLINE}\nNguyễn An -\n09:40, 20/02/2024 Năm nay, tỉnh phấn đấu tăng trưởng 8%, theo Kế hoạch số "
        "12/KH-UBND ngày 5 tháng 1 năm 2024 của UBND tỉnh, với nhiều giải pháp đồng bộ trên các lĩnh vực."
    )
    assert published_date(text, None, lex) == dt.date(2024, 2, 20)


def test_a_date_without_its_time_opening_a_sentence_is_no_date_line(lex):
    text = f"{HEADLINE}\n\n20/02/2024 tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024 với các sở, ngành và địa phương.\n{BODY}"
    assert published_date(text, None, lex) is None
