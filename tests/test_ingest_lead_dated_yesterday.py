"""Article metadata on texts of our own (round 45): a lead that dates its event "hôm qua (d.m)"
dates the page the day after, with the year a scraper's month marker gives (CONVENTIONS,
session 36); with no year evidence it gives no date."""

from __future__ import annotations

from pipelines.ingest.metadata import published_date

LEAD = (
    "date 2023-03 Theo thông tin Sở Y tế tỉnh Nam Định vừa cung cấp, từ 0 giờ ngày hôm qua (9.3), toàn tỉnh "
    "không còn xã, phường nào ở mức nguy cơ cao; các bến xe khách nội tỉnh được hoạt động trở lại.\n\n"
    "Tỉnh Nam Định đặt mục tiêu đón 2 triệu lượt khách trong năm 2023."
)


def test_a_lead_dated_yesterday_dates_the_page_the_day_after(lex):
    assert published_date(LEAD, None, lex).isoformat() == "2023-03-10"


def test_yesterday_at_a_month_s_end_dates_the_page_in_the_next_month(lex):
    text = LEAD.replace("date 2023-03", "date 2023-04").replace("(9.3)", "(31.3)")
    assert published_date(text, None, lex).isoformat() == "2023-04-01"


def test_yesterday_with_no_year_evidence_gives_no_date(lex):
    assert published_date(LEAD.replace("date 2023-03 ", ""), None, lex) is None
