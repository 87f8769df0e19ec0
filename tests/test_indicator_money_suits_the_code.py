"""A figure whose money-ness does not suit the code of the phrasing it was read with (round 54, in
our own words): an amount of money states no area, count or rate ("vốn trồng rừng 90 tỷ đồng" is
the money planting takes, not the area planted; "chi tiêu của khách du lịch 2 triệu đồng/người"
is no count of visitors), and a code held in money takes no percent once the unit switches have
had their say ("doanh thu du lịch tăng 20%" is the revenue's growth, which has no code of its
own). The row stays, uncoded, with its label and values, as a figure in a foreign currency does
(CONVENTIONS contract 2: a target is a row whether or not the lexicon has a code for it)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, 2025)
    return [(r["indicator_code"], r["label_en"], r["value_low"], r["unit"]) for r in found]


def test_money_read_with_an_area_phrasing_loses_the_code(lex, units):
    assert rows("Năm 2026, vốn cho trồng rừng là trên 90 tỷ đồng.", lex, units) == [(None, None, 90.0, "vnd_billion")]


def test_money_per_visitor_is_no_count_of_visitors(lex, units):
    found = rows("Năm 2026, chi tiêu bình quân của khách du lịch đạt trên 2 triệu đồng/người/ngày.", lex, units)
    assert found == [(None, None, 2.0, "vnd_million")]


def test_a_percent_of_a_money_code_with_no_switch_loses_the_code(lex, units):
    """ "doanh thu du lịch tăng bình quân 20%/năm": a growth the lexicon has no code for."""
    assert rows("Năm 2026, doanh thu du lịch tăng bình quân 20%/năm.", lex, units) == [(None, None, 20.0, "percent")]


def test_switched_and_suited_codes_stay(lex, units):
    """Unit switches still turn a money code's percent into its growth, and money codes keep money."""
    text = (
        "Năm 2026, tổng mức bán lẻ hàng hóa tăng 12%; thu ngân sách tăng 10%; GRDP bình quân đầu "
        "người đạt 120 triệu đồng; doanh thu du lịch đạt 5.000 tỷ đồng; thu hút 20.000 lượt khách."
    )
    assert [code for code, *_ in rows(text, lex, units)] == [
        "RETAIL_SALES_GROWTH",
        "BUDGET_REVENUE_GROWTH",
        "GRDP_PER_CAPITA",
        "TOURISM_REVENUE",
        "TOURIST_ARRIVALS",
    ]
