"""A figure in a unit its code does not hold is uncoded (the code's label is kept).

A code measures one thing in its units: a count of communes, a share, a growth rate, an amount of
money. A row whose figure is in a unit the code cannot hold has the wrong code: "doanh thu du
lịch tăng 15%" read as TOURISM_REVENUE (an amount in tỷ đồng) is a growth no code names; "90 %
số huyện đạt chuẩn" read as NEW_RURAL_DISTRICTS (a count) is a share of districts. Such a row
keeps its label, comparator, values and unit, and loses its code (CONVENTIONS: a target is a row
whether or not the lexicon has a code for it).

The units a code holds are curated in ``indicator_lexicon.csv``: its ``unit``, the ``also_units``
column ("percent" for ADVANCED_NEW_RURAL_COMMUNES, whose share keeps the code), and the units a
self switch of ``unit_switches.csv`` keeps (``unit_kept``). Money in another unit of the code's
currency is held (a budget in triệu đồng is the budget; ``units.csv`` ``currency``); a money
figure in another currency is ``currency``'s to judge. A checkable code whose unit is ``other``
(a state, its unit not meaningful) and an ``achieve`` row (no unit) are left alone.
"""

from __future__ import annotations

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.currency import unit_currencies
from pipelines.extract.unit_kept import keeps_unit


def holds(code: str, unit: str, lex: Lexicons) -> bool:
    """Whether ``code`` holds a figure in ``unit`` (see the module's docstring).

    Example: ("NEW_RURAL_DISTRICTS", "percent") -> False; ("ADVANCED_NEW_RURAL_COMMUNES",
    "percent") -> True ("40% số xã đạt chuẩn nông thôn mới nâng cao" keeps its code).
    """
    info = lex.indicator_info[code]
    want = info["unit"]
    if unit == want or (info["value_kind"] == "checkable" and want == "other"):
        return True
    if unit in (info.get("also_units") or "").split() or keeps_unit(code, unit, lex):
        return True
    currency = unit_currencies(lex)
    return currency.get(unit) is not None and currency.get(unit) == currency.get(want)


def uncode_unheld_units(rows: list[dict], lex: Lexicons) -> None:
    """Drop, in place, the code (and English label) of rows whose unit their code does not hold.

    Example: "nhu cầu vốn trồng rừng 500 tỷ đồng" read as AFFORESTATION_AREA (an area) ->
    indicator_code None, unit vnd_billion, label kept.
    """
    for row in rows:
        code, unit = row["indicator_code"], row["unit"]
        if code is None or unit is None or row["comparator"] == "achieve":
            continue
        if not holds(code, unit, lex):
            row["indicator_code"] = None
            row["label_en"] = None
