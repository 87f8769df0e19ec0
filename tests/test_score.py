"""The scorer and the gold loader on small hand-built inputs."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipelines.evaluate.gold import load_gold, load_gold_file
from pipelines.evaluate.score import mismatches, score

GOLD = {
    "article_id": "art-a",
    "province_code": "80",
    "published_date": None,
    "documents": [
        {
            "doc_number": "4192/QĐ-UBND",
            "doc_type": "decision",
            "issuer": "provincial_peoples_committee",
            "signed_date": dt.date(2024, 5, 2),
            "period_start": 2021,
            "period_end": 2030,
            "vision_year": 2050,
        },
        {
            "doc_number": "686/QĐ-TTg",
            "doc_type": "decision",
            "issuer": "prime_minister",
            "signed_date": "2023-06-13",
            "period_start": 2021,
            "period_end": 2030,
            "vision_year": 2050,
        },
    ],
    "indicators": [
        {
            "indicator_code": "TFP_CONTRIBUTION",
            "comparator": "gt",
            "value_low": 50,
            "value_high": None,
            "unit": "percent",
            "target_year": 2030,
            "quote_contains": "trên 50%",
        },
        {
            "indicator_code": "GRDP_GROWTH",
            "comparator": "between",
            "value_low": 7.0,
            "value_high": 7.5,
            "unit": "percent",
            "target_year": 2021,
            "quote_contains": "từ 7 - 7,5%",
        },
        {
            "indicator_code": "NEW_RURAL_PROVINCE",
            "comparator": "achieve",
            "value_low": None,
            "value_high": None,
            "unit": None,
            "target_year": 2025,
            "quote_contains": "đạt chuẩn Nông thôn mới",
        },
    ],
    "objectives": [
        {"kind": "general_objective", "theme": "economy", "text_contains": "trung tâm phát triển kinh tế năng động"},
        {"kind": "vision", "theme": "society", "text_contains": "Xã hội trật tự, kỷ cương"},
    ],
    "bodies": [{"body_code": "DOST"}, {"body_code": "DPI"}],
    "assignments": [
        {"body_code": "DOST", "role": "lead", "deadline": None},
        {"body_code": "DPI", "role": "report", "deadline": dt.date(2023, 1, 15)},
    ],
}


def _gold(tmp_path: Path, record: dict = GOLD) -> dict[str, dict]:
    (tmp_path / f"{record['article_id']}.yaml").write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    return load_gold(tmp_path)


def _tables(**frames: list[dict]) -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame(rows) for name, rows in frames.items()}


def _row(result: pd.DataFrame, table: str) -> dict:
    return result.set_index("table").loc[table].to_dict()


PREDICTED = dict(
    documents=[
        # spaces in the number, another case, date as a date object: still a match
        {
            "article_id": "art-a",
            "doc_number": "4192 / qđ-Ubnd",
            "doc_type": "decision",
            "issuer": "provincial_peoples_committee",
            "signed_date": dt.date(2024, 5, 2),
            "period_start": 2021,
            "period_end": 2030,
            "vision_year": 2050,
        },
        # wrong signed date: a false positive, and 686 is a false negative
        {
            "article_id": "art-a",
            "doc_number": "686/QĐ-TTg",
            "doc_type": "decision",
            "issuer": "prime_minister",
            "signed_date": "2023-06-14",
            "period_start": 2021,
            "period_end": 2030,
            "vision_year": 2050,
        },
        # an article that is not in gold: ignored
        {
            "article_id": "art-z",
            "doc_number": "1/QĐ-UBND",
            "doc_type": "decision",
            "issuer": "other",
            "signed_date": None,
            "period_start": None,
            "period_end": None,
            "vision_year": None,
        },
    ],
    indicators=[
        {
            "article_id": "art-a",
            "indicator_code": "TFP_CONTRIBUTION",
            "comparator": "gt",
            "value_low": 50.0 + 1e-12,
            "value_high": float("nan"),
            "unit": "percent",
            "target_year": 2030.0,
        },
        # the same target twice: one true positive, one false positive
        {
            "article_id": "art-a",
            "indicator_code": "TFP_CONTRIBUTION",
            "comparator": "gt",
            "value_low": 50.0,
            "value_high": None,
            "unit": "percent",
            "target_year": 2030,
        },
        # value_high null where gold has 7.5: no match
        {
            "article_id": "art-a",
            "indicator_code": "GRDP_GROWTH",
            "comparator": "between",
            "value_low": 7.0,
            "value_high": None,
            "unit": "percent",
            "target_year": 2021,
        },
        # achieve with NaN values and None unit matches gold's nulls
        {
            "article_id": "art-a",
            "indicator_code": "NEW_RURAL_PROVINCE",
            "comparator": "achieve",
            "value_low": float("nan"),
            "value_high": float("nan"),
            "unit": None,
            "target_year": 2025,
        },
    ],
    objectives=[
        # other tone placement and case, longer text: matches
        {
            "article_id": "art-a",
            "kind": "general_objective",
            "text_vi": "tỉnh Long An là TRUNG TÂM phát triển kinh tế năng động, hiệu quả",
        },
        # right text, wrong kind: false positive (and the vision is a false negative)
        {"article_id": "art-a", "kind": "general_objective", "text_vi": "Xã hội trật tự, kỷ cương, an ninh"},
    ],
    bodies=[
        {"body_id": "80-dost", "body_code": "DOST", "province_code": "80"},
        {"body_id": "80-dpi", "body_code": "DPI", "province_code": "80"},
        {"body_id": "80-dof", "body_code": "DOF", "province_code": "80"},
        {"body_id": "80-ppc", "body_code": "PPC", "province_code": "80"},
    ],
    assignments=[
        {"article_id": "art-a", "body_id": "80-dost", "role": "lead", "deadline": None},
        {"article_id": "art-a", "body_id": "80-dpi", "role": "report", "deadline": "2023-01-15"},
        {"article_id": "art-a", "body_id": "80-dof", "role": "support", "deadline": float("nan")},
        # PPC is used only by an article outside gold: not attributed to art-a
        {"article_id": "art-z", "body_id": "80-ppc", "role": "lead", "deadline": None},
    ],
)


def test_counts_per_table(tmp_path):
    result = score(_tables(**PREDICTED), _gold(tmp_path))
    assert list(result.columns) == ["table", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert list(result["table"]) == ["documents", "objectives", "indicators", "bodies", "assignments", "all"]
    expected = {
        "documents": (1, 1, 1),
        "objectives": (1, 1, 1),
        "indicators": (2, 2, 1),
        "bodies": (2, 1, 0),  # DOST, DPI matched; DOF predicted only
        "assignments": (2, 1, 0),
    }
    for table, (tp, fp, fn) in expected.items():
        row = _row(result, table)
        assert (row["tp"], row["fp"], row["fn"]) == (tp, fp, fn), table
        assert math.isclose(row["precision"], tp / (tp + fp))
        assert math.isclose(row["recall"], tp / (tp + fn))
    total = _row(result, "all")
    assert (total["tp"], total["fp"], total["fn"]) == (8, 6, 3)
    assert math.isclose(total["f1"], 2 * 8 / (2 * 8 + 6 + 3))


def test_mismatches_list_the_unmatched_rows(tmp_path):
    found = mismatches(_tables(**PREDICTED), _gold(tmp_path))
    assert list(found["documents"]["fp"]["signed_date"]) == ["2023-06-14"]
    assert list(found["documents"]["fn"]["doc_number"]) == ["686/QĐ-TTg"]
    assert list(found["indicators"]["fn"]["indicator_code"]) == ["GRDP_GROWTH"]
    assert len(found["indicators"]["fp"]) == 2
    assert list(found["objectives"]["fn"]["kind"]) == ["vision"]
    assert list(found["bodies"]["fp"]["body_code"]) == ["DOF"]
    assert found["bodies"]["fn"].empty
    assert list(found["assignments"]["fp"]["body_id"]) == ["80-dof"]


def test_duplicates_are_not_double_counted(tmp_path):
    gold = _gold(tmp_path)
    row = dict(PREDICTED["assignments"][0])
    result = score(_tables(bodies=PREDICTED["bodies"], assignments=[row, row, row]), gold)
    assignments = _row(result, "assignments")
    assert (assignments["tp"], assignments["fp"], assignments["fn"]) == (1, 2, 1)
    bodies = _row(result, "bodies")  # one body however many assignments use it
    assert (bodies["tp"], bodies["fp"], bodies["fn"]) == (1, 0, 1)


def test_matching_is_maximal_not_greedy(tmp_path):
    record = dict(
        GOLD,
        objectives=[
            {"kind": "task", "theme": "economy", "text_contains": "phát triển kinh tế biển bền vững"},
            {"kind": "task", "theme": "economy", "text_contains": "phát triển kinh tế biển"},
        ],
    )
    preds = [
        # the first predicted row could satisfy either gold row; the second only the shorter one
        {"article_id": "art-a", "kind": "task", "text_vi": "Phát triển kinh tế biển bền vững"},
        {"article_id": "art-a", "kind": "task", "text_vi": "phát triển kinh tế biển gắn với du lịch"},
    ]
    for order in (preds, preds[::-1]):
        row = _row(score(_tables(objectives=order), _gold(tmp_path, record)), "objectives")
        assert (row["tp"], row["fp"], row["fn"]) == (2, 0, 0)


def test_empty_and_missing_tables(tmp_path):
    gold = _gold(tmp_path)
    result = score({}, gold)
    docs = _row(result, "documents")
    assert (docs["tp"], docs["fp"], docs["fn"]) == (0, 0, 2)
    assert docs["precision"] == 1.0 and docs["recall"] == 0.0 and docs["f1"] == 0.0
    empty_gold = dict(GOLD, documents=[], indicators=[], objectives=[], bodies=[], assignments=[])
    result = score({}, _gold(tmp_path, empty_gold))
    assert (result["recall"] == 1.0).all() and (result["precision"] == 1.0).all()


def test_null_does_not_equal_a_value(tmp_path):
    gold = _gold(tmp_path)
    docs = [dict(PREDICTED["documents"][0], vision_year=None)]
    assert _row(score(_tables(documents=docs), gold), "documents")["tp"] == 0
    docs = [dict(PREDICTED["documents"][0], vision_year=float("nan"), signed_date=pd.NaT)]
    assert _row(score(_tables(documents=docs), gold), "documents")["tp"] == 0


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda r: r["indicators"][1].update(extra=1), r"indicators\[1\]: unknown keys \['extra'\]"),
        (lambda r: r["assignments"][0].pop("deadline"), r"assignments\[0\]: missing keys \['deadline'\]"),
        (lambda r: r.pop("bodies"), r"missing keys \['bodies'\]"),
        (lambda r: r["indicators"][0].update(comparator="above"), r"indicators\[0\]: comparator"),
        (lambda r: r["objectives"][0].update(text_contains="biển"), r"objectives\[0\]: text_contains"),
        (lambda r: r["bodies"].pop(), r"bodies must be exactly the bodies used by assignments"),
    ],
)
def test_gold_validation_names_file_and_row(tmp_path, change, message):
    record = yaml.safe_load(yaml.safe_dump(GOLD, allow_unicode=True))
    change(record)
    path = tmp_path / "art-a.yaml"
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        load_gold_file(path)
    assert "art-a.yaml" in str(err.value)


def test_gold_loader_takes_an_objectives_text_of_two_words(tmp_path):
    """Two or three words load; whether they end the page, as they must, is checked by check_set,
    which sees the page."""
    record = yaml.safe_load(yaml.safe_dump(GOLD, allow_unicode=True))
    record["objectives"][0]["text_contains"] = "kinh tế  biển"
    path = tmp_path / "art-a.yaml"
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    assert load_gold_file(path)["objectives"][0]["text_contains"] == "kinh tế biển"


def test_gold_file_name_must_match_article_id(tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(GOLD, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="other.yaml: article_id"):
        load_gold_file(path)


def test_targetless_pages_count_rows_taken_from_pages_whose_gold_has_no_target():
    """A results-only page (gold without indicators) that yields a rule row is reported."""
    from pipelines.evaluate.report import format_targetless, targetless_pages

    gold = {
        "bao-cao-9-thang": {"indicators": []},
        "nghi-quyet-2026": {"indicators": [{"indicator_code": "GRDP_GROWTH"}]},
        "tin-hoi-nghi": {"indicators": []},
    }
    rows = {
        "indicators": [
            {"article_id": "bao-cao-9-thang"},
            {"article_id": "bao-cao-9-thang"},
            {"article_id": "nghi-quyet-2026"},
        ]
    }
    pages = targetless_pages(rows, gold)
    assert pages.to_dict("records") == [
        {"article_id": "bao-cao-9-thang", "rows": 2},
        {"article_id": "tin-hoi-nghi", "rows": 0},
    ]
    assert format_targetless(pages).startswith(
        "Pages whose gold states no target: 2; yielding indicator rows: 1 (2 rows)"
    )


def test_article_fields_count_province_and_date_read_right():
    """Ingest's province and published date are compared with each gold article's; a null in
    gold is right only when ingest leaves the field null too."""
    from pipelines.evaluate.report import article_fields, format_article_fields

    gold = {
        "bao-cao-9-thang": {"province_code": "80", "published_date": dt.date(2024, 10, 2)},
        "nghi-quyet-2026": {"province_code": "52", "published_date": None},
        "tin-hoi-nghi": {"province_code": None, "published_date": dt.date(2025, 12, 30)},
    }
    rows = {
        "articles": [
            {"article_id": "bao-cao-9-thang", "province_code": "80", "published_date": "2024-10-02"},
            {"article_id": "nghi-quyet-2026", "province_code": "54", "published_date": "2026-01-05"},
            {"article_id": "tin-hoi-nghi", "province_code": None, "published_date": dt.date(2025, 12, 30)},
        ]
    }
    found = article_fields(rows, gold)
    assert found.to_dict("records") == [
        {"field": "province_code", "right": 2, "total": 3, "gold_null": 1},
        {"field": "published_date", "right": 2, "total": 3, "gold_null": 1},
    ]
    assert format_article_fields(found) == (
        "Article metadata read right: province_code 2/3 (gold null 1), published_date 2/3 (gold null 1)"
    )
