"""A code holds its figures in its own units (``indicator_lexicon.csv``: ``unit``, ``also_units``,
a self switch of ``unit_switches.csv``): a row in a unit the code cannot hold falls back to an
uncoded row with its label (``pipelines/extract/held_units.py``)."""

from __future__ import annotations

from pipelines.extract.held_units import holds, uncode_unheld_units
from tests.helpers.indicator_rows import sorted_row_keys as rows


def _row(code: str, unit: str | None, comparator: str = "eq") -> dict:
    return {"indicator_code": code, "label_en": "x", "label_vi": "x", "unit": unit, "comparator": comparator}


def test_a_count_code_does_not_hold_a_share(lex):
    assert not holds("NEW_RURAL_DISTRICTS", "percent", lex)
    assert not holds("TOURIST_ARRIVALS", "vnd_million", lex)
    assert not holds("AFFORESTATION_AREA", "vnd_billion", lex)


def test_the_curated_units_are_held(lex):
    assert holds("NEW_RURAL_DISTRICTS", "count", lex)
    assert holds("ADVANCED_NEW_RURAL_COMMUNES", "percent", lex)  # also_units
    assert holds("SCHOOLS_NATIONAL_STANDARD", "count", lex)  # a self switch
    assert holds("PCI_RANK", "other", lex)  # a score
    assert holds("BUDGET_REVENUE", "vnd_million", lex)  # money of the code's currency
    assert holds("NEW_RURAL_PROVINCE", "percent", lex)  # a state: its unit is not meaningful


def test_an_unheld_row_keeps_its_label_and_loses_its_code(lex):
    found = [
        _row("TOURISM_REVENUE", "percent"),
        _row("TOURISM_REVENUE", "vnd_billion"),
        _row("PCI_RANK", None, "achieve"),
    ]
    uncode_unheld_units(found, lex)
    assert [(r["indicator_code"], r["label_vi"]) for r in found] == [
        (None, "x"),
        ("TOURISM_REVENUE", "x"),
        ("PCI_RANK", "x"),
    ]


def test_a_share_of_districts_is_uncoded(lex, units):
    text = (
        "Kế hoạch xây dựng nông thôn mới\n\n"
        "Tỉnh phấn đấu đến năm 2027 có 6 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới "
        "(đạt 60%).\n"
    )
    found = rows(text, lex, units)
    assert ("NEW_RURAL_DISTRICTS", "eq", 60.0, None, 2027) not in found
