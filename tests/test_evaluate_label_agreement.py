"""The label agreement figure: how well the rules' labels of uncoded targets name what the gold
says is counted (``pipelines/evaluate/label_agreement.py``). The score never reads an uncoded
label; this figure does, and changes no scored figure."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.evaluate.__main__ import main
from pipelines.evaluate.label_agreement import (
    agreement,
    content_words,
    disagreements,
    function_words,
    pair_scores,
    uncoded_pairs,
)
from pipelines.evaluate.score import score
from tests.helpers.page_sets import write_page_set


def test_content_words_are_nfc_lower_cased_words_without_the_function_words():
    decomposed = "Số cây xanh trồng mới của huyện".replace("ố", "ô\u0301")
    assert content_words(decomposed, ["của"]) == {"số", "cây", "xanh", "trồng", "mới", "huyện"}
    assert content_words("(nhà ở xã hội)", []) == {"nhà", "ở", "xã", "hội"}
    assert content_words(None) == frozenset()


def test_pair_scores_are_word_recall_and_precision():
    assert pair_scores(frozenset({"sản", "lượng"}), frozenset({"sản", "lượng", "chè"})) == (2 / 3, 1.0)
    assert pair_scores(frozenset({"sẽ", "xây", "trường"}), frozenset({"xây", "trường"})) == (1.0, 2 / 3)
    assert pair_scores(frozenset(), frozenset()) == (1.0, 1.0)


def test_agreement_counts_covered_and_exact_pairs_and_skips_pairs_without_a_gold_label():
    pairs = [
        ("các lượt khách lưu trú", "lượt khách lưu trú"),  # same words once "các" is left out
        ("đã trồng rừng", "trồng rừng"),  # covered, not exact
        ("sản lượng", "sản lượng chè búp tươi"),  # neither
        ("nhà ở", None),  # the gold names no label: no pair
    ]
    a = agreement(pairs, ["các"])
    assert (a.pairs, a.covered, a.exact) == (3, 2, 1)
    assert a.recall == pytest.approx((1 + 1 + 2 / 5) / 3)
    assert a.precision == pytest.approx((1 + 2 / 3 + 1) / 3)
    assert agreement([]).recall is None


def test_disagreements_list_the_differing_labels_worst_recall_first():
    found = disagreements([("x", "sản lượng", "sản lượng cà phê nhân"), ("y", "đã xây", "xây")])
    assert [f[0] for f in found] == ["x", "y"]


def test_function_words_are_the_curated_role():
    cues = pd.DataFrame({"cue": ["các", "phấn đấu"], "role": ["label_function_word", "label_lead"]})
    assert function_words(cues) == ["các"]


def _tables(rows: list[dict]) -> dict[str, pd.DataFrame]:
    return {"indicators": pd.DataFrame(rows)}


def _row(code, label, value):
    return {
        "article_id": "art-b",
        "indicator_code": code,
        "label_vi": label,
        "comparator": "eq",
        "value_low": value,
        "value_high": None,
        "unit": "count",
        "target_year": 2027,
    }


def _gold(rows: list[dict]) -> dict[str, dict]:
    keys = ("documents", "objectives", "bodies", "assignments")
    return {"art-b": {"indicators": rows, **{k: [] for k in keys}}}


def test_pairs_are_the_matched_uncoded_gold_rows_that_name_a_label_and_scores_do_not_change():
    tables = _tables([_row(None, "sẽ xây mới trường học", 12.0), _row(None, "phòng học", 40.0), _row(None, "x y", 3.0)])
    gold = _gold(
        [
            {**_row(None, "xây mới trường học", 12.0), "quote_contains": "12"},
            {**_row(None, None, 40.0), "quote_contains": "40"},  # no label named: no pair
            {**_row(None, "trạm y tế", 5.0), "quote_contains": "5"},  # unmatched: no pair
        ]
    )
    for g in gold["art-b"]["indicators"]:
        del g["article_id"]
    assert uncoded_pairs(tables, gold) == [("art-b", "sẽ xây mới trường học", "xây mới trường học")]
    ind = score(tables, gold).set_index("table").loc["indicators"]
    assert (ind.tp, ind.fp, ind.fn) == (2, 1, 1)


ARTICLE = (
    "Tỉnh giao chỉ tiêu kế hoạch năm 2027\n\n"
    "Năm 2027, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 8%; trồng mới 1.500 ha cây chè.\n"
)
GOLD = """article_id: rp-nhan-2027-phong-hoc
province_code: null
published_date: null
documents: []
objectives: []
indicators:
  - indicator_code: null
    label_vi: diện tích trồng mới chè
    comparator: eq
    value_low: 1500
    value_high: null
    unit: other
    target_year: 2027
    quote_contains: "1.500 ha"
bodies: []
assignments: []
"""


@pytest.fixture
def page_set(tmp_path: Path) -> Path:
    return write_page_set(tmp_path, "rp-nhan-2027-phong-hoc", ARTICLE, GOLD)


def test_evaluate_prints_the_figure_and_held_out_names_no_label(page_set, capsys):
    assert main(["--raw", str(page_set), "--rules-only", "--held-out"]) == 0
    out, err = capsys.readouterr()
    assert "Uncoded labels (rule rows matched to an uncoded gold row with a label): 1 pairs" in out
    assert "gold words covered 0/1 (0.0%), same words 0/1 (0.0%); word recall 0.600, precision 0.750" in out
    assert "cây chè" not in out + err
    assert main(["--raw", str(page_set), "--rules-only", "--mismatches", "indicators"]) == 0
    out = capsys.readouterr().out
    assert "0.60 0.75 rp-nhan-2027-phong-hoc | trồng mới cây chè | diện tích trồng mới chè" in out
