"""A Party congress page's targets with no year of their own fall due at the end of the term the
congress plans for (CONVENTIONS target_year: the plan period's end of the document the article is
about), while a council's term plans nothing. Texts of our own."""

from __future__ import annotations

import datetime

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _years(text: str, lex, units, published: datetime.date | None) -> list[tuple]:
    found = extract_article(article_record(text, published), lex, units)["indicators"]
    return sorted((r["indicator_code"] or "", r["value_low"], r["target_year"]) for r in found)


_WARD = (
    "Đảng bộ phường An Lạc tổ chức đại hội lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
    "Đảng bộ phường An Lạc đặt chỉ tiêu 100% dịch vụ công trực tuyến được vận hành thông suốt; "
    "mức độ hài lòng của người dân đạt từ 95% trở lên."
)


def test_a_ward_congress_term_dates_the_targets_that_name_no_year(lex, units):
    assert _years(_WARD, lex, units, datetime.date(2025, 7, 20)) == [
        ("ONLINE_PUBLIC_SERVICES_SHARE", 100.0, 2030),
        ("SIPAS_SATISFACTION", 95.0, 2030),
    ]


_COMMUNE = (
    "Bế mạc Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ XII, nhiệm kỳ 2020 - 2025\n\n"
    "Đại hội thông qua Nghị quyết nhiệm kỳ mới. Trong nhiệm kỳ, sản lượng lúa đạt trên 40.000 tấn. "
    "Phấn đấu đưa xã trở thành xã văn minh vào năm 2025."
)


def test_a_year_said_only_after_the_figures_leaves_the_term_as_their_year(lex, units):
    found = extract_article(article_record(_COMMUNE, datetime.date(2020, 6, 2)), lex, units)["indicators"]
    assert [(r["value_low"], r["target_year"]) for r in found if r["value_low"] == 40000] == [(40000.0, 2025)]


def test_a_councils_term_is_no_congress_term(lex, units):
    text = (
        "Kỳ họp thứ 5 HĐND phường An Lạc khóa I, nhiệm kỳ 2026 - 2031\n\n"
        "Phường đặt chỉ tiêu 100% dịch vụ công trực tuyến được vận hành thông suốt."
    )
    assert _years(text, lex, units, datetime.date(2026, 7, 1)) == [("ONLINE_PUBLIC_SERVICES_SHARE", 100.0, None)]
