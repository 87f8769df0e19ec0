"""The default target year of a page that names no year but a plan period, in our own words: a
page whose only date is the period its aims run to ("phấn đấu đến hết nhiệm kỳ 2026 - 2030 ...")
sets its yearless figures for the period's end (CONVENTIONS target_year: the plan period's end
of what the article is about). A period the figures are compared with, a standard's period or a
council's term is no such default, nor is a period over before the page was written."""

from __future__ import annotations

import datetime

from tests.helpers.indicator_rows import article_record
from pipelines.extract.article import _plan_year, extract_article

_LEAD = (
    "Tỉnh Hà Giang phấn đấu đến hết nhiệm kỳ 2026 - 2030 trở thành điểm đến hấp dẫn của vùng.\n\n"
    "Để đạt được mục tiêu đó, tỉnh đặt ra các chỉ tiêu cụ thể như: phấn đấu đón từ 12 triệu lượt du"
    " khách trở lên."
)


def test_yearless_figures_fall_due_at_the_end_of_the_period_the_page_names(lex, units):
    found = extract_article(article_record(_LEAD, datetime.date(2027, 3, 2)), lex, units)["indicators"]
    assert [(r["indicator_code"], r["target_year"]) for r in found] == [("TOURIST_ARRIVALS", 2030)]


def test_a_period_that_is_no_plan_is_no_default(lex):
    compared = "Tin\n\nSố lao động có việc làm cao hơn 20% so với giai đoạn 2021 - 2025."
    standard = "Tin\n\nTỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 giảm mạnh."
    council = "Tin\n\nKỳ họp thứ 5 HĐND tỉnh khóa XI, nhiệm kỳ 2026 - 2031 bế mạc."
    over = "Tin\n\nTỉnh tổng kết chương trình giai đoạn 2021 - 2025."
    assert [_plan_year(t, [], lex, 2027) for t in (compared, standard, council, over)] == [None] * 4
