"""A page nothing dates but that counts the provinces as they stand after 1 July 2025 was written
after the reorganisation: its province counts for the merged one (session 24). Texts of our own."""

from __future__ import annotations

from pipelines.ingest.metadata import province, written

RANKED = (
    "Chiều 12/1, UBND tỉnh Gia Lai tổ chức hội nghị giao chỉ tiêu cho các xã, phường.\n"
    "Năm qua, chỉ số cải cách hành chính của tỉnh xếp thứ 5/34 tỉnh, thành phố."
)


def test_a_ranking_out_of_34_provinces_places_an_undated_page_after_the_change(lex):
    when = written(RANKED, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(RANKED, None, None, lex, written=when) == "52"


def test_an_older_ranking_places_nothing(lex):
    older = RANKED.replace("5/34", "5/63")
    assert written(older, None, None, lex) is None
    assert province(older, None, None, lex, written=None) == "64"


CITED = (
    "Văn phòng Chính phủ vừa có Thông báo số 512/TB-VPCP ngày 3/10/2025 truyền đạt ý kiến về việc "
    "tỉnh Gia Lai đẩy nhanh tiến độ các dự án giao thông.\n"
    "Thông báo nêu rõ, trong 9 tháng năm 2025 tỉnh đã đạt nhiều kết quả."
)


def test_a_text_cited_as_signed_after_the_change_places_an_undated_page_after_it(lex):
    when = written(CITED, None, None, lex)
    assert when is not None and when.isoformat() == "2025-10-03"
    assert province(CITED, None, None, lex, written=when) == "52"
    # written in words too, and the latest of several cited texts counts
    wordy = CITED.replace("3/10/2025", "03 tháng 10 năm 2025 và Công văn số 40/VPCP-KTTH ngày 12/8/2024")
    assert written(wordy, None, None, lex).isoformat() == "2025-10-03"


def test_a_text_cited_as_signed_before_the_change_keeps_the_old_code(lex):
    older = CITED.replace("3/10/2025", "3/10/2024").replace("9 tháng năm 2025", "9 tháng năm 2024")
    assert province(older, None, None, lex, written=written(older, None, None, lex)) == "64"
    # a later ranking out of the 34 provinces still places it after the change
    ranked = older + "\nChỉ số của tỉnh xếp thứ 5/34 tỉnh, thành phố."
    assert written(ranked, None, None, lex).isoformat() == "2025-07-01"
