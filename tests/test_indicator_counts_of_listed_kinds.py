"""A count of the kinds a plan will focus on, followed by the kinds themselves (round 53): "tập
trung phát triển 3 sản phẩm du lịch chủ lực là du lịch biển, du lịch sinh thái và du lịch văn
hóa" counts the plan's kinds of product, its structure, as "3 khâu đột phá là ..." does
(CONVENTIONS: counts of plan structure are no rows). The kinds repeat the counted words ("du
lịch") and are as many as the count. Products or communes named after their count ("3 sản phẩm
OCOP đạt 4 sao là nem chua, chả cá và mắm tôm", "3 xã ... là xã An Hòa, xã Bình Minh và xã Tân Phú") are the
units counted: the count stays a row (session 31)."""

from __future__ import annotations

import datetime

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _keys(paragraphs: list[str], lex, units) -> list[tuple]:
    text = "\n\n".join(["Du lịch An Bình hướng tới năm 2025", *paragraphs])
    rows = extract_article(article_record(text, datetime.date(2024, 1, 5)), lex, units)["indicators"]
    return sorted((r["indicator_code"] or "", r["comparator"], r["value_low"], r["target_year"]) for r in rows)


def test_a_count_of_the_kinds_it_lists_is_plan_structure(lex, units):
    paragraphs = [
        "Tỉnh đặt mục tiêu đến năm 2025 thu hút khoảng 5 triệu lượt khách.",
        "Theo đó, tỉnh tập trung nâng cao chất lượng dịch vụ, tập trung phát triển 3 sản phẩm du lịch chủ "
        "lực là du lịch biển, du lịch sinh thái và du lịch văn hóa tâm linh.",
    ]
    assert _keys(paragraphs, lex, units) == [("TOURIST_ARRIVALS", "approx", 5_000_000.0, 2025)]


def test_kinds_listed_after_a_colon_and_gom(lex, units):
    paragraphs = [
        "Tỉnh đặt mục tiêu đến năm 2025 thu hút khoảng 5 triệu lượt khách.",
        "Theo đó, tỉnh ưu tiên xây dựng 2 sản phẩm du lịch đặc thù gồm: du lịch cộng đồng và du lịch nông nghiệp.",
    ]
    assert _keys(paragraphs, lex, units) == [("TOURIST_ARRIVALS", "approx", 5_000_000.0, 2025)]


def test_named_products_and_communes_stay_counted(lex, units):
    paragraphs = [
        "Đến năm 2025, phấn đấu có thêm 3 sản phẩm OCOP đạt 4 sao là nem chua, chả cá và mắm tôm.",
        "Đến năm 2025, huyện cố gắng có thêm 3 xã đạt chuẩn nông thôn mới là xã An Hòa, xã Bình Minh và xã Tân Phú.",
    ]
    # the products of one grade ("4 sao") stay a row, uncoded: one grade only (session 39)
    assert _keys(paragraphs, lex, units) == [
        ("", "eq", 3.0, 2025),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 3.0, 2025),
    ]


def test_a_count_whose_list_has_other_length_stays(lex, units):
    paragraphs = [
        "Đến năm 2025, tỉnh phấn đấu phát triển 4 sản phẩm du lịch mới là du lịch biển và du lịch sinh thái.",
    ]
    assert len(_keys(paragraphs, lex, units)) == 1
