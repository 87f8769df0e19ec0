"""Article metadata on a text of our own (issue 8, round 25): a province's name marked "(cũ)" or
"(mới)" in brackets speaks of the province as merged (CONVENTIONS, session 27: "tỉnh ... (mới)"),
so a page that nothing else dates was written after 1 July 2025 and its province counts for the
merged one; the same word outside brackets, or after no province's name, places nothing."""

from __future__ import annotations

from pipelines.ingest.metadata import province, written

MARKED = (
    "Kon Tum đẩy mạnh thu hút đầu tư vào khu kinh tế cửa khẩu\n"
    "Sáu tháng đầu năm, khu vực tỉnh Kon Tum (cũ) thu hút 12 dự án mới với tổng vốn đăng ký lớn. "
    "Kon Tum tiếp tục hoàn thiện hạ tầng khu kinh tế cửa khẩu để đón các nhà đầu tư."
)


def test_a_province_marked_old_in_brackets_places_an_undated_page_after_the_merger(lex):
    when = written(MARKED, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(MARKED, None, None, lex, written=when) == "51"


def test_a_province_marked_new_in_brackets_places_it_too(lex):
    text = MARKED.replace("tỉnh Kon Tum (cũ)", "tỉnh Quảng Ngãi (mới)")
    when = written(text, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"


def test_the_mark_after_no_province_or_without_brackets_places_nothing(lex):
    # "trụ sở (cũ)" marks a building; "Kon Tum cũ" carries no bracket
    text = MARKED.replace("tỉnh Kon Tum (cũ)", "trụ sở (cũ) của tỉnh Kon Tum cũ")
    assert written(text, None, None, lex) is None
    assert province(text, None, None, lex) == "62"
