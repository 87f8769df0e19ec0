"""Article metadata on texts of our own (round 45): an undated page that reports on the months
"từ tháng 8/2025 đến nay" reports on a span ending after 1 July 2025 (CONVENTIONS, session 31), and
one that names its own year-end council session of 2025 ("kỳ họp thường lệ cuối năm 2025") was
written after the reorganisation (session 35): its province counts for the merged one. The same
words of an earlier year place nothing."""

from __future__ import annotations

from pipelines.ingest.metadata import province, written

SINCE = (
    "Phú Yên đẩy nhanh giải ngân vốn đầu tư công\n"
    "Chiều 12.11, Sở Tài chính tỉnh Phú Yên cho biết từ tháng 8.2025 đến nay, các chủ đầu tư đã giải "
    "ngân thêm nhiều dự án; tỉnh Phú Yên tiếp tục đôn đốc các công trình trọng điểm."
)

SESSION = (
    "HĐND tỉnh Phú Yên khai mạc kỳ họp thứ 9\n"
    "Sáng 3/12, HĐND tỉnh Phú Yên khai mạc Kỳ họp thứ 9 - kỳ họp thường lệ cuối năm 2025, xem xét "
    "các báo cáo kinh tế - xã hội của tỉnh Phú Yên."
)


def test_months_from_a_month_after_the_merger_to_now_place_an_undated_page_after_it(lex):
    when = written(SINCE, None, None, lex)
    assert when is not None and when.isoformat() >= "2025-07-01"
    assert province(SINCE, None, None, lex, written=when) == "66"
    slashed = SINCE.replace("từ tháng 8.2025 đến nay", "từ tháng 8/2025 đến nay")
    assert written(slashed, None, None, lex) is not None


def test_a_year_end_session_of_2025_places_an_undated_page_after_the_merger(lex):
    when = written(SESSION, None, None, lex)
    assert when is not None and when.isoformat() >= "2025-07-01"
    assert province(SESSION, None, None, lex, written=when) == "66"


def test_the_same_words_of_an_earlier_year_place_nothing(lex):
    assert written(SINCE.replace("8.2025", "8.2024"), None, None, lex) is None
    early = SESSION.replace("cuối năm 2025", "cuối năm 2024")
    assert written(early, None, None, lex) is None
    assert province(early, None, None, lex) == "54"
