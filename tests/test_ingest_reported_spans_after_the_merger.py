"""Article metadata on texts of our own (issue 8, round 29): an undated page that reports on a span
of a year ending after 1 July 2025 ("trong tháng 3/2026", "8 tháng năm 2025", a review of the whole
of 2025 that plans 2026) was written after the reorganisation, so its province counts for the
merged one (CONVENTIONS, session 31). A span that ends before it, or a plan of the half-year ahead,
places nothing."""

from __future__ import annotations

from pipelines.ingest.metadata import province, written

MONTH = (
    "Hà Nam tập trung tháo gỡ khó khăn cho doanh nghiệp\n"
    "Trong tháng 3/2026, các sở, ngành của tỉnh Hà Nam đã phối hợp giải quyết nhiều kiến nghị của "
    "doanh nghiệp; chỉ số sản xuất công nghiệp ước tăng 6,1% so với cùng kỳ. Hà Nam tiếp tục cải "
    "thiện môi trường đầu tư."
)


def test_a_month_reported_after_the_merger_places_an_undated_page_after_it(lex):
    when = written(MONTH, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(MONTH, None, None, lex, written=when) == "37"


def test_months_counted_to_a_month_after_the_merger_place_it_too(lex):
    text = MONTH.replace("Trong tháng 3/2026", "Trong 8 tháng năm 2025")
    when = written(text, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"


def test_a_review_of_the_year_that_plans_the_next_places_it_too(lex):
    text = (
        "Hà Giang đặt mục tiêu tăng trưởng cao hơn\n"
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025, mục tiêu, "
        "nhiệm vụ năm 2026 của tỉnh Hà Giang diễn ra sáng nay."
    )
    when = written(text, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(text, None, None, lex, written=when) == "08"


def test_a_span_that_ends_before_the_merger_or_a_half_year_ahead_places_nothing(lex):
    early = MONTH.replace("Trong tháng 3/2026", "Trong 6 tháng năm 2025")
    assert written(early, None, None, lex) is None
    assert province(early, None, None, lex) == "35"
    ahead = MONTH.replace("Trong tháng 3/2026", "Trong 6 tháng cuối năm 2025")
    assert written(ahead, None, None, lex) is None
    reviewed = MONTH.replace("Trong tháng 3/2026", "Kết quả năm 2024, mục tiêu năm 2025 cho thấy")
    assert written(reviewed, None, None, lex) is None
