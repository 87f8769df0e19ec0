"""Economic organisations a product programme will develop ("tổ chức kinh tế": cooperatives,
small firms) are counted (unit count), an uncoded row; keeping up the ones already in the
programme is a scope, no row. Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def keys(text: str, lex, units, published_year: int) -> list[tuple]:
    return [
        (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, published_year)
    ]


def test_organisations_developed_for_the_programme_are_counted(lex, units):
    text = (
        "Kế hoạch thực hiện Chương trình OCOP năm 2027\n\nMục tiêu năm 2027: phát triển, nâng cấp ít nhất "
        "12-15 tổ chức kinh tế tham gia Chương trình OCOP; đào tạo cán bộ các cấp."
    )
    assert keys(text, lex, units, 2026) == [(None, "between", 12.0, 15.0, "count", 2027)]


def test_more_organisations_are_an_uncoded_count(lex, units):
    text = (
        "Kế hoạch thực hiện Chương trình OCOP năm 2027\n\nMục tiêu năm 2027: phát triển thêm ít nhất 04 "
        "tổ chức kinh tế (hợp tác xã, doanh nghiệp nhỏ) tham gia chương trình."
    )
    assert keys(text, lex, units, 2026) == [(None, "gte", 4.0, None, "count", 2027)]


def test_the_year_the_units_joined_dates_no_aim(lex, units):
    """The year the counted units joined or were certified is a past reference, never the
    target's year (CONVENTIONS, session 39): the aim keeps the plan's year."""
    text = (
        "Kế hoạch thực hiện Chương trình OCOP năm 2027\n\n3. Duy trì 15 hợp tác xã đã tham gia chương trình năm "
        "2024; phát triển thêm ít nhất 04 tổ chức kinh tế tham gia chương trình."
    )
    assert (None, "gte", 4.0, None, "count", 2027) in keys(text, lex, units, None)


def test_the_organisations_a_plan_keeps_up_are_its_scope(lex, units):
    text = (
        "Kế hoạch thực hiện Chương trình OCOP năm 2027\n\nMục tiêu năm 2027: củng cố và nâng cao chất lượng "
        "hoạt động của 19 tổ chức kinh tế đã tham gia chương trình."
    )
    assert keys(text, lex, units, 2026) == []
