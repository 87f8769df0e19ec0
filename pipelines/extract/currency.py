"""A figure in a currency other than its code's unit is uncoded (CONVENTIONS, session 34).

The lexicon holds each money code in one currency (``indicator_lexicon.csv``, ``unit``): income
per head and tourism revenue in đồng, export turnover in dollars. A dollar figure read as a đồng
code ("thu nhập bình quân đầu người đạt 2.500 USD") keeps its label and values and loses its
code; the rules never convert a currency. A code the lexicon holds in the figure's currency has
already been chosen by the unit switches ("GRDP bình quân đầu người đạt 4.000 USD" ->
GRDP_PER_CAPITA_USD), so it stays. The currency of a unit is the ``currency`` column of
``units.csv`` (one per unit, checked on loading; empty for a unit that is not money).
Amounts of money read as a count or share code, and other units read as a money code, are
``held_units``'s to judge (a code holds only its own units).
"""

from __future__ import annotations

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled

TABLE = "units.csv"


def _currencies(lex: Lexicons) -> dict[str, str]:
    t = lex.tables[TABLE]
    return {unit: currency for unit, currency in zip(t["unit"], t["currency"]) if currency}


def unit_currencies(lex: Lexicons) -> dict[str, str]:
    """{unit: its currency} for the units of money (``units.csv``), built once per lexicon:
    ``{"usd": "usd", "vnd_billion": "vnd", "vnd_million": "vnd"}``."""
    return compiled(lex, "unit_currencies", _currencies)


def uncode_foreign_currency(rows: list[dict], lex: Lexicons) -> None:
    """Drop, in place, the code (and English label) of money rows whose currency is not their
    code's.

    Example: "doanh thu du lịch đạt 150 triệu USD" read as TOURISM_REVENUE (held in tỷ đồng)
    -> indicator_code None, unit usd.
    """
    currency = unit_currencies(lex)
    for row in rows:
        code = row["indicator_code"]
        have = currency.get(row["unit"])
        if code is None or have is None:
            continue
        want = currency.get(lex.indicator_info[code]["unit"])
        if want is not None and want != have:
            row["indicator_code"] = None
            row["label_en"] = None
