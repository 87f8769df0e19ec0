"""Gold rows of uncoded targets (indicator_code: null) load and score."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.evaluate.gold import load_gold_file
from pipelines.evaluate.score import score

GOLD = """article_id: a1
province_code: "45"
published_date: null
documents: []
indicators:
  - indicator_code: null
    comparator: eq
    value_low: 580000.0
    value_high: null
    unit: other
    target_year: 2026
    quote_contains: "Sản lượng lương thực đạt 580 nghìn tấn"
  - indicator_code: GRDP_GROWTH
    comparator: gte
    value_low: 10.0
    value_high: null
    unit: percent
    target_year: 2026
    quote_contains: "từ 10% trở lên"
objectives: []
bodies: []
assignments: []
"""


def _pred(code_a, code_b) -> dict[str, pd.DataFrame]:
    return {
        "indicators": pd.DataFrame(
            [
                {
                    "article_id": "a1",
                    "indicator_code": code_a,
                    "comparator": "eq",
                    "value_low": 580000.0,
                    "value_high": None,
                    "unit": "other",
                    "target_year": 2026,
                },
                {
                    "article_id": "a1",
                    "indicator_code": code_b,
                    "comparator": "gte",
                    "value_low": 10.0,
                    "value_high": None,
                    "unit": "percent",
                    "target_year": 2026,
                },
            ]
        )
    }


def test_null_code_gold_matches_on_values_and_coded_gold_needs_its_code(tmp_path):
    path = tmp_path / "a1.yaml"
    path.write_text(GOLD, encoding="utf-8")
    gold = {"a1": load_gold_file(path)}
    assert gold["a1"]["indicators"][0]["indicator_code"] is None
    ind = score(_pred(None, "GRDP_GROWTH"), gold).set_index("table").loc["indicators"]
    assert (ind.tp, ind.fp, ind.fn) == (2, 0, 0)
    ind = score(_pred("FOOD_OUTPUT", None), gold).set_index("table").loc["indicators"]
    assert (ind.tp, ind.fp, ind.fn) == (1, 1, 1)  # any code matches a null gold code, not the reverse


def test_two_uncoded_targets_with_equal_values_load_when_their_quotes_differ(tmp_path):
    twin = GOLD.replace(
        "objectives: []",
        """  - indicator_code: null
    comparator: eq
    value_low: 580000.0
    value_high: null
    unit: other
    target_year: 2026
    quote_contains: "Sản lượng thủy sản đạt 580 nghìn tấn"
objectives: []""",
    )
    path = tmp_path / "a1.yaml"
    path.write_text(twin, encoding="utf-8")
    assert len(load_gold_file(path)["indicators"]) == 3
    path.write_text(twin.replace("thủy sản", "lương thực"), encoding="utf-8")
    with pytest.raises(ValueError, match="duplicates indicators"):
        load_gold_file(path)


def test_an_uncoded_gold_row_may_name_its_label_which_is_shown_but_not_scored(tmp_path):
    """Annotators write what an uncoded target counts; it labels the miss, it never decides a match."""
    from pipelines.evaluate.score import format_mismatches, mismatches

    labelled = GOLD.replace(
        '    quote_contains: "Sản lượng lương thực đạt 580 nghìn tấn"',
        '    quote_contains: "Sản lượng lương thực đạt 580 nghìn tấn"\n    label_vi: sản lượng lương thực',
    )
    path = tmp_path / "a1.yaml"
    path.write_text(labelled, encoding="utf-8")
    gold = {"a1": load_gold_file(path)}
    assert [r["label_vi"] for r in gold["a1"]["indicators"]] == ["sản lượng lương thực", None]
    ind = score(_pred(None, "GRDP_GROWTH"), gold).set_index("table").loc["indicators"]
    assert (ind.tp, ind.fp, ind.fn) == (2, 0, 0)
    missed = mismatches({"indicators": _pred(None, "GRDP_GROWTH")["indicators"].iloc[1:]}, gold)
    assert "sản lượng lương thực" in format_mismatches(missed, ("indicators",))
    path.write_text(labelled.replace("label_vi: sản lượng lương thực", 'label_vi: ""'), encoding="utf-8")
    with pytest.raises(ValueError, match=r"a1\.yaml: indicators\[0\]: label_vi"):
        load_gold_file(path)
