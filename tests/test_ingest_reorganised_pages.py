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
