"""Tourism's share of GRDP has its own code (round 30, issue 8): named outright ("tỷ trọng
đóng góp của ngành du lịch trong GRDP"), or as what tourism contributes or takes up after
tourism is named earlier in the sentence. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_tourism_share_of_grdp_named_outright(lex, units):
    assert codes("Tỷ trọng đóng góp của ngành du lịch trong GRDP đạt 6%.", lex, units) == [
        ("TOURISM_SHARE_GRDP", "eq", 6.0, "percent")
    ]


def test_contribution_after_tourism_revenue_is_the_tourism_share(lex, units):
    found = codes(
        "Đón 5 triệu lượt khách du lịch, doanh thu từ du lịch đạt 9.000 tỷ đồng, đóng góp khoảng 8% GRDP.",
        lex,
        units,
    )
    assert found == [
        ("TOURIST_ARRIVALS", "eq", 5000000.0, "count"),
        ("TOURISM_REVENUE", "eq", 9000.0, "vnd_billion"),
        ("TOURISM_SHARE_GRDP", "approx", 8.0, "percent"),
    ]


def test_share_taken_up_by_tourism_named_before_it(lex, units):
    assert codes("Du lịch trở thành ngành kinh tế mũi nhọn, chiếm tỷ trọng 9% GRDP của tỉnh.", lex, units) == [
        ("TOURISM_SHARE_GRDP", "eq", 9.0, "percent")
    ]
