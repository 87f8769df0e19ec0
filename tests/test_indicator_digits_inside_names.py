"""A digit inside a name is no figure (round 53): "chính quyền địa phương 2 cấp" (the two-tier
local government) names a model of government. An aim with no figure and no year ("..., hướng
tới mục tiêu phục vụ người dân tốt hơn") sets no aim for the figures after it in its paragraph
(``context._paragraph_target``); the digit of such a name must not make it an aim that states a
figure. The names are curated (``indicator_cues.csv``, role ``numbered_name``)."""

from __future__ import annotations

import datetime

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _values(text: str, lex, units) -> list[float]:
    rows = extract_article(article_record(text, datetime.date(2025, 12, 20)), lex, units)["indicators"]
    return sorted(r["value_low"] for r in rows)


_REVIEW = (
    "HĐND xã An Bình họp kỳ cuối năm\n\n"
    "Công tác văn hóa được đẩy mạnh, an sinh xã hội được bảo đảm. Xã đã vận hành ổn định mô hình "
    "chính quyền địa phương {model}, hướng tới mục tiêu phục vụ người dân ngày càng tốt hơn. Tỷ lệ lao "
    "động qua đào tạo chiếm 75%; tỷ lệ hộ nghèo còn 1,2%."
)


def test_a_two_tier_government_is_no_figure_of_an_aim(lex, units):
    assert _values(_REVIEW.format(model="2 cấp"), lex, units) == []


def test_written_in_words_it_was_none_either(lex, units):
    assert _values(_REVIEW.format(model="hai cấp"), lex, units) == []


def test_an_aim_that_states_a_figure_still_sets_the_figures_after_it(lex, units):
    text = (
        "Du lịch An Bình năm 2026\n\n"
        "Năm 2026, tỉnh hướng tới đón 3 triệu lượt khách. Doanh thu du lịch đạt 4.000 tỷ đồng."
    )
    assert _values(text, lex, units) == [4000.0, 3_000_000.0]
