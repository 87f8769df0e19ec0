"""A news site's address and a scraper's full-date marker that give different days: the address's
day is the published date (issue 8, CONVENTIONS "published_date", ruled in session 32: the address
is the site's own record of the article). A page's date line still comes first, and a marker whose
day the address does not contradict stays the date. Texts and addresses of our own.
"""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import published_date

LEAD = "Tỉnh vừa tổng kết năm với nhiều kết quả nổi bật về thu hút đầu tư và phát triển công nghiệp."
STAMPED = "https://baotintuc.example.vn/tinh-tong-ket-nam-dau-tu-20251228193015123.htm"
SHORT_STAMPED = "https://kinhte.example.vn/tinh-tong-ket-nam-dau-tu-188251228193015123.chn"
FOLDER = "https://tintuc.example.vn/2025/12/28/tinh-tong-ket-nam-dau-tu/"


def test_the_address_time_stamp_beats_a_marker_of_another_day(lex):
    text = f"date 2025-12-03 {LEAD}"
    assert published_date(text, STAMPED, lex) == dt.date(2025, 12, 28)
    assert published_date(text, SHORT_STAMPED, lex) == dt.date(2025, 12, 28)


def test_the_address_folder_date_beats_a_marker_of_another_day(lex):
    text = f"date 2025-12-29 {LEAD}"
    assert published_date(text, FOLDER, lex) == dt.date(2025, 12, 28)


def test_a_marker_stands_when_the_address_has_no_date(lex):
    text = f"date 2025-12-03 {LEAD}"
    assert published_date(text, "https://tintuc.example.vn/tinh-tong-ket-nam-dau-tu.html", lex) == dt.date(2025, 12, 3)
    assert published_date(text, None, lex) == dt.date(2025, 12, 3)


def test_a_date_line_still_beats_the_address(lex):
    text = f"Tỉnh tổng kết năm đầu tư\n27/12/2025 09:15\n{LEAD}"
    assert published_date(text, STAMPED, lex) == dt.date(2025, 12, 27)
