"""The products a plan will consolidate, raise by a grade or recertify are the units its actions
apply to (round 53; CONVENTIONS, sessions 36 and 42): "củng cố, nâng cao chất lượng 35 sản phẩm
OCOP đã được công nhận", "nâng hạng 4 sản phẩm từ 3 sao lên 4 sao", "chứng nhận lại cho 12 sản
phẩm", "củng cố, nâng cấp 40% sản phẩm" give no rows, beside the increment the plan sets
("công nhận mới 20 sản phẩm OCOP", "phát triển mới 15 sản phẩm"). Units a scheme will develop as
well as upgrade ("phát triển, nâng cấp ít nhất 20 hợp tác xã") stay counted (session 41). The
verbs are curated (``indicator_cues.csv``: ``acted_verb``, ``new_units_verb``, ``acted_noun``)."""

from __future__ import annotations

import datetime

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _keys(paragraphs: list[str], lex, units) -> list[tuple]:
    text = "\n\n".join(["Kế hoạch thực hiện Chương trình OCOP tỉnh An Bình năm 2025", *paragraphs])
    rows = extract_article(article_record(text, datetime.date(2025, 2, 10)), lex, units)["indicators"]
    return sorted((r["indicator_code"] or "", r["comparator"], r["value_low"], r["unit"]) for r in rows)


def test_products_consolidated_raised_or_recertified_give_no_rows(lex, units):
    paragraphs = [
        "Năm 2025, tỉnh phấn đấu công nhận mới 20 sản phẩm OCOP; củng cố, nâng cao chất lượng 35 sản phẩm "
        "OCOP đã được công nhận; nâng hạng 4 sản phẩm từ 3 sao lên 4 sao và chứng nhận lại cho 12 sản phẩm "
        "hết hạn."
    ]
    assert _keys(paragraphs, lex, units) == [("OCOP_PRODUCTS_ADDED", "eq", 20.0, "count")]


def test_a_share_of_products_upgraded_gives_no_row(lex, units):
    paragraphs = ["Năm 2025, tỉnh phấn đấu duy trì, củng cố, nâng cấp 40% sản phẩm OCOP đã được công nhận."]
    assert _keys(paragraphs, lex, units) == []


def test_products_developed_and_upgraded_to_a_grade_give_no_row(lex, units):
    paragraphs = ["Năm 2025, tỉnh phấn đấu phát triển nâng cấp 02 sản phẩm từ 3 sao lên 4 sao."]
    assert _keys(paragraphs, lex, units) == []


def test_units_developed_and_new_products_stay_counted(lex, units):
    paragraphs = [
        "Năm 2025, tỉnh phấn đấu phát triển, nâng cấp ít nhất 20 hợp tác xã tham gia Chương trình OCOP; "
        "phát triển mới 15 sản phẩm."
    ]
    assert _keys(paragraphs, lex, units) == [("", "eq", 15.0, "count"), ("", "gte", 20.0, "count")]
