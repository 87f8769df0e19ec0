"""Article metadata on texts of our own (issue 8, round 23): a page that speaks of its province
as merged ("sau hợp nhất") was written after 1 July 2025 (CONVENTIONS, session 27), and a
lead's day and month written with a dot ("Ngày 8.7, ...") dates the page as "8/7" does."""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import province, published_date, written

MERGED = (
    "Hà Nam thông qua 15 chỉ tiêu kinh tế - xã hội\n"
    "Ngày 20/7, kỳ họp chuyên đề của HĐND tỉnh đã thống nhất các chỉ tiêu năm 2025 của tỉnh Ninh Bình "
    "sau hợp nhất, trên cơ sở số liệu 6 tháng của ba tỉnh Hà Nam, Nam Định và Ninh Bình cũ.\n"
    "Theo đó, khu vực Hà Nam phấn đấu thu hút thêm nhiều dự án công nghiệp."
)


def test_a_province_spoken_of_as_merged_places_an_undated_page_after_the_change(lex):
    when = written(MERGED, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(MERGED, None, None, lex, written=when) == "37"


def test_without_the_merger_words_the_page_keeps_the_name_it_uses(lex):
    older = MERGED.replace(" sau hợp nhất,", ",")
    assert written(older, None, None, lex) is None
    assert province(older, None, None, lex, written=None) == "35"


HEAD = "Tăng trưởng kinh tế nửa đầu năm dẫn đầu khu vực\n"
LEAD = " date 2025-07 Ngày 9.7, lãnh đạo Sở Tài chính cho biết tăng trưởng 6 tháng đầu năm ước đạt 8,1%.\n"


def test_a_leads_day_and_month_written_with_a_dot_take_the_markers_year(lex):
    assert published_date(HEAD + LEAD, None, lex) == dt.date(2025, 7, 9)
    # a marker of another month gives no year, as for "9/7"
    assert published_date(HEAD + LEAD.replace("2025-07", "2025-08"), None, lex) is None
