"""The default target year of figures that state none (our own texts): a year the page names
only afterwards, for aims in words, is not when the figures fall due (CONVENTIONS, session 36:
a programme's figures with no year, the next paragraph naming years only for qualitative aims,
have ``target_year`` null); a year named with a figure, or before the figures, still is."""

from __future__ import annotations

from tests.helpers.indicator_rows import article_record
from pipelines.extract.article import _plan_year, extract_article


_PROGRAMME = (
    "Ninh Bình đẩy mạnh du lịch\n\n"
    "Chương trình hành động nêu một số chỉ tiêu cụ thể như: đón 3 triệu lượt khách du lịch; "
    "tổng thu từ du lịch đạt 2.000 tỷ đồng.\n\n"
    "Phấn đấu đến năm 2027, du lịch Ninh Bình trở thành ngành kinh tế quan trọng. Đến năm 2035, "
    "tỉnh trở thành trung tâm du lịch của vùng."
)


def test_years_named_after_the_figures_only_for_aims_in_words_date_no_figure(lex, units):
    found = extract_article(article_record(_PROGRAMME), lex, units)["indicators"]
    assert sorted((r["indicator_code"], r["target_year"]) for r in found) == [
        ("TOURISM_REVENUE", None),
        ("TOURIST_ARRIVALS", None),
    ]


def test_a_year_named_before_the_figures_is_still_the_default(lex):
    text = "Ninh Bình phấn đấu đến năm 2027\n\nTỉnh đặt chỉ tiêu đón 3 triệu lượt khách du lịch."
    assert _plan_year(text, [], lex) == 2027


def test_a_year_named_with_a_figure_after_the_others_is_still_the_default(lex):
    text = "Tin\n\nTỉnh đón 3 triệu lượt khách.\n\nĐến năm 2027, tổng thu từ du lịch đạt 2.000 tỷ đồng."
    assert _plan_year(text, [], lex) == 2027


def test_a_year_that_names_when_a_plan_runs_is_still_the_default(lex, units):
    text = (
        "Tin\n\nCó 12 xã được nới lỏng giãn cách.\n\nĐặt mục tiêu đón 2,1 triệu lượt khách\n\n"
        "Kế hoạch nhằm phục hồi hoạt động du lịch của tỉnh trong năm 2023."
    )
    assert _plan_year(text, [], lex, units=units) == 2023
