"""Growth of the total export-import turnover has its own code (round 30, issue 8): a percent
after the two-way turnover is its growth, not the dollar level `TRADE_VALUE` holds, and not the
exports-only `EXPORT_GROWTH`. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_growth_rate_of_trade_turnover_named_as_such(lex, units):
    assert codes("Tốc độ tăng tổng kim ngạch xuất nhập khẩu đạt 9,5%.", lex, units) == [
        ("TRADE_GROWTH", "eq", 9.5, "percent")
    ]


def test_percent_after_trade_turnover_switches_to_its_growth(lex, units):
    assert codes("Kim ngạch xuất nhập khẩu phấn đấu tăng trên 12%/năm.", lex, units) == [
        ("TRADE_GROWTH", "gt", 12.0, "percent")
    ]


def test_trade_turnover_in_dollars_stays_the_level(lex, units):
    assert codes("Tổng kim ngạch xuất nhập khẩu đạt 3 tỷ USD.", lex, units) == [
        ("TRADE_VALUE", "eq", 3000000000.0, "usd")
    ]
