"""The rise of the consumer price index has its own code (round 31, issue 8), named in full or
capped by its verb ("kiểm soát chỉ số giá dưới 4%"). Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_consumer_price_index_kept_under_a_ceiling_beside_other_targets(lex, units):
    found = codes("Năm 2026, kim ngạch xuất khẩu tăng 6%; chỉ số giá tiêu dùng (CPI) dưới 4,5%.", lex, units)
    assert found == [
        ("EXPORT_GROWTH", "eq", 6.0, "percent"),
        ("CPI_GROWTH", "lt", 4.5, "percent"),
    ]


def test_price_index_capped_by_its_verb(lex, units):
    assert codes("Phấn đấu kiểm soát chỉ số giá dưới 3,5% trong năm 2026.", lex, units) == [
        ("CPI_GROWTH", "lt", 3.5, "percent")
    ]


def test_average_consumer_price_rise(lex, units):
    assert codes("Chỉ số giá tiêu dùng bình quân năm 2026 tăng khoảng 4%.", lex, units) == [
        ("CPI_GROWTH", "approx", 4.0, "percent")
    ]
