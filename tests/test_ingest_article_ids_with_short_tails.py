"""Published dates from a news site's time-stamped article id whose tail after the time is one
or two digits, not three (issue 8, round 28), on addresses of our own: "-2023061409154512.htm"
(yyyymmddhhmmss then "12") and "-1962311020830457.htm" (a three-digit prefix, yymmddhhmmss,
then "7") carry the day the site put the page up, as the three-digit tails did."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.dates import url_stamp
from pipelines.ingest.metadata import published_date

TEXT = "Tỉnh bàn giải pháp thúc đẩy đầu tư công\nHội nghị đánh giá tiến độ giải ngân vốn đầu tư công của tỉnh.\n"


def test_a_full_stamp_with_a_two_digit_tail_dates_the_page(lex):
    url = "https://baokinhte.vn/tinh-ban-giai-phap-day-nhanh-dau-tu-cong-2023061409154512.htm"
    assert published_date(TEXT, url, lex) == dt.date(2023, 6, 14)


def test_a_prefixed_short_stamp_with_a_one_digit_tail_dates_the_page(lex):
    url = "https://tintuc.vn/tinh-ban-giai-phap-day-nhanh-dau-tu-cong-1962311020830457.htm"
    assert published_date(TEXT, url, lex) == dt.date(2023, 11, 2)


def test_a_stamp_whose_time_is_no_time_dates_nothing():
    # "25" is no hour: the digits are no time stamp
    assert url_stamp("https://tintuc.vn/bai-viet-2023061425154512.htm") is None
