"""The code figure: matched indicator rows whose gold row has no code but whose rule row has one
(``pipelines/evaluate/code_agreement.py``). An uncoded gold row means no code fits (CONVENTIONS,
session 44); the score matches it on everything but the code, so only this figure sees the
wrong code. It changes no scored figure."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.evaluate.__main__ import main
from pipelines.evaluate.code_agreement import code_agreement
from pipelines.evaluate.score import score
from tests.helpers.page_sets import write_page_set


def _row(code, label, value):
    return {
        "article_id": "art-c",
        "indicator_code": code,
        "label_vi": label,
        "comparator": "eq",
        "value_low": value,
        "value_high": None,
        "unit": "percent",
        "target_year": 2027,
    }


def _gold(rows: list[dict]) -> dict[str, dict]:
    keys = ("documents", "objectives", "bodies", "assignments")
    for r in rows:
        del r["article_id"]
    return {"art-c": {"indicators": rows, **{k: [] for k in keys}}}


def test_a_code_on_an_uncoded_gold_row_is_counted_and_the_score_does_not_change():
    tables = {
        "indicators": pd.DataFrame(
            [
                _row("GRDP_GROWTH", "tăng trưởng", 8.0),  # gold: the economy's growth, coded
                _row("GRDP_GROWTH", "tăng trưởng", 15.0),  # gold: tourism's growth, no code fits
                _row(None, "tỷ lệ hộ dùng nước sạch", 95.0),  # gold uncoded too
            ]
        )
    }
    gold = _gold(
        [
            {**_row("GRDP_GROWTH", None, 8.0), "quote_contains": "8%"},
            {**_row(None, "doanh thu du lịch tăng", 15.0), "quote_contains": "15%"},
            {**_row(None, "hộ dùng nước sạch", 95.0), "quote_contains": "95%"},
        ]
    )
    a = code_agreement(tables, gold)
    assert (a.pairs, a.same, a.both_uncoded) == (3, 1, 1)
    assert a.wrong == (("art-c", "GRDP_GROWTH", "doanh thu du lịch tăng"),)
    ind = score(tables, gold).set_index("table").loc["indicators"]
    assert (ind.tp, ind.fp, ind.fn) == (3, 0, 0)


ARTICLE = (
    "Huyện giao chỉ tiêu kế hoạch năm 2027\n\n"
    "Năm 2027, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 8%; thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
)
GOLD = """article_id: rp-nhan-2027-chi-tieu-huyen
province_code: null
published_date: null
documents: []
objectives: []
indicators:
  - indicator_code: null
    label_vi: tốc độ tăng trưởng kinh tế của huyện
    comparator: eq
    value_low: 8
    value_high: null
    unit: percent
    target_year: 2027
    quote_contains: "8%"
bodies: []
assignments: []
"""


@pytest.fixture
def page_set(tmp_path: Path) -> Path:
    return write_page_set(tmp_path, "rp-nhan-2027-chi-tieu-huyen", ARTICLE, GOLD)


def test_evaluate_prints_the_code_figure_and_lists_the_rows_only_outside_held_out(page_set, capsys):
    assert main(["--raw", str(page_set), "--rules-only", "--held-out"]) == 0
    out, err = capsys.readouterr()
    assert "gold uncoded: rule uncoded 0, rule coded 1 (a code where none fits, session 44)" in out
    assert "rp-nhan-2027-chi-tieu-huyen" not in out + err
    assert main(["--raw", str(page_set), "--rules-only", "--mismatches", "indicators"]) == 0
    out, _ = capsys.readouterr()
    assert "rp-nhan-2027-chi-tieu-huyen | GRDP_GROWTH | tốc độ tăng trưởng kinh tế của huyện" in out
