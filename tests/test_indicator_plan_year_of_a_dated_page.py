"""The default target year of a dated page (our own texts): a page written in year Y that
reviews Y - 1 as often as it plans Y plans Y, so statements with no year of their own are Y's
targets; the reviewed year wins only on a page that names no year from Y on."""

from __future__ import annotations

from tests.helpers.indicator_rows import article_record
from pipelines.extract.article import _plan_year, extract_article


def _keys(rows: list[dict]) -> list[tuple]:
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in rows
    )


# "năm 2022" twice (the review), "năm 2023" twice (the plan): a tie the earlier year used to win
_TIED = (
    "date 2023-02 Hội nghị triển khai nhiệm vụ\n\n"
    "Năm 2022, tỉnh hoàn thành phần lớn các chỉ tiêu; sản xuất công nghiệp năm 2022 phục hồi khá.\n\n"
    "Năm 2023, tỉnh đặt ra nhiều chỉ tiêu cao hơn cho nhiệm vụ năm 2023.\n\n"
    "Tỉnh ủy đề ra mục tiêu chỉ số năng lực cạnh tranh cấp tỉnh tăng từ 2 bậc trở lên so với năm 2022."
)


def test_a_page_marked_in_a_year_plans_that_year_over_the_year_it_reviews(lex, units):
    found = extract_article(article_record(_TIED), lex, units)["indicators"]
    assert _keys(found) == [("PCI_RANK_GAIN", "gte", 2.0, None, 2023)]


def test_years_before_the_page_was_written_are_no_default_year_when_a_later_one_is_named(lex):
    assert _plan_year(_TIED, [], lex, written=2023) == 2023
    assert _plan_year(_TIED, [], lex) == 2022  # undated: the tie stands as before


def test_a_dated_page_that_names_only_earlier_years_keeps_them(lex):
    text = "Tổng kết\n\nNăm 2021, tỉnh đạt 12 chỉ tiêu; năm 2021 thu ngân sách tăng; năm 2020 khó khăn."
    assert _plan_year(text, [], lex, written=2023) == 2021
