"""Published dates from a web address's month folder (issue 8, round 21), on texts of our own:
a news site files its pages under one folder "/202512/" (year and month together), which gives
the year of the lead's day and month as "/2025/12/" does."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import published_date

HEAD = "Kỳ họp thường lệ cuối năm của HĐND tỉnh\n"
LEAD = "Sáng 18/12, HĐND tỉnh tiếp tục chương trình kỳ họp với phiên chất vấn và trả lời chất vấn các ngành.\n"


def test_a_year_month_folder_dates_the_leads_day(lex):
    folder = "https://baotinh.vn/chinh-tri/202512/ky-hop-cuoi-nam-a1b2c3"
    assert published_date(HEAD + LEAD, folder, lex) == dt.date(2025, 12, 18)
    # a folder of another month gives no year
    other = "https://baotinh.vn/chinh-tri/202511/ky-hop-cuoi-nam-a1b2c3"
    assert published_date(HEAD + LEAD, other, lex) is None
