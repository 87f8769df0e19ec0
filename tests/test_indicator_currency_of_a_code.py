"""A figure in a currency other than its code's unit is uncoded (CONVENTIONS, session 34): income
per head or tourism revenue in dollars takes no đồng code; GRDP per head in dollars has a dollar
code of its own, and export turnover stays in dollars. The rules never convert a currency; the
currency of a unit is the ``currency`` column of ``units.csv``. Sentences are our own."""

from __future__ import annotations


import pytest

from pipelines.curation.lexicons import load_lexicons
from pipelines.curation.tables import CurationError
from pipelines.extract.currency import unit_currencies
from tests.helpers.curation_copy import curation_with
from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu đến năm 2027\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_income_per_head_in_dollars_is_uncoded(lex, units):
    text = "Đến năm 2027, thu nhập bình quân đầu người của tỉnh đạt 3.100 USD."
    assert rows(text, lex, units) == [(None, "eq", 3100.0, "usd")]


def test_tourism_revenue_in_dollars_is_uncoded(lex, units):
    text = "Đến năm 2027, doanh thu du lịch đạt khoảng 240 triệu USD."
    assert rows(text, lex, units) == [(None, "approx", 240000000.0, "usd")]


def test_rural_income_in_dollars_is_uncoded(lex, units):
    text = "Đến năm 2027, thu nhập bình quân của người dân nông thôn đạt trên 4.200 USD."
    assert rows(text, lex, units) == [(None, "gt", 4200.0, "usd")]


def test_codes_held_in_the_figures_currency_stay(lex, units):
    text = (
        "Đến năm 2027, GRDP bình quân đầu người đạt 5.600 USD; kim ngạch xuất khẩu đạt 2 tỷ USD; "
        "thu nhập bình quân đầu người đạt 95 triệu đồng."
    )
    assert rows(text, lex, units) == [
        ("GRDP_PER_CAPITA_USD", "eq", 5600.0, "usd"),
        ("EXPORT_VALUE", "eq", 2000000000.0, "usd"),
        ("INCOME_PER_CAPITA", "eq", 95.0, "vnd_million"),
    ]


def test_an_amount_of_money_never_takes_a_count_code(lex, units):
    text = "Năm 2027, thu nhập bình quân của các xã nông thôn mới trong tỉnh đạt 62 triệu đồng/người/năm."
    assert [(c, u) for c, _, _, u in rows(text, lex, units)] == [(None, "vnd_million")]


def test_an_amount_of_money_never_takes_a_share_code(lex, units):
    text = "Đến năm 2027, tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm, hỗ trợ mỗi hộ 40 triệu đồng."
    assert all(c is None for c, _, _, u in rows(text, lex, units) if u == "vnd_million")


def test_a_percent_never_takes_a_code_held_in_money(lex, units):
    text = (
        "Đến năm 2027, GRDP bình quân đầu người của tỉnh bằng 75% mức bình quân cả nước; "
        "doanh thu du lịch tăng bình quân 18%/năm."
    )
    assert [(c, u) for c, _, _, u in rows(text, lex, units)] == [(None, "percent"), (None, "percent")]


def test_the_currency_of_a_unit_is_the_curated_units_table(lex):
    assert unit_currencies(lex) == {"usd": "usd", "vnd_billion": "vnd", "vnd_million": "vnd"}


def test_a_unit_with_two_currencies_or_a_currency_on_some_rows_only_fails_the_load(tmp_path):
    two = curation_with(
        tmp_path / "two", "units.csv", lambda r: {**r, "currency": "usd"} if r["phrase"] == "tỷ đồng" else r
    )
    with pytest.raises(CurationError) as err:
        load_lexicons(two)
    assert "units.csv:10: unit 'vnd_billion': fails the rows of one unit hold one currency" in str(err.value)
    some = curation_with(
        tmp_path / "some", "units.csv", lambda r: {**r, "currency": ""} if r["phrase"] == "usd/người" else r
    )
    with pytest.raises(CurationError, match=r"units\.csv:\d+: unit 'usd': .* \(its rows hold \['', 'usd'\]\)"):
        load_lexicons(some)
