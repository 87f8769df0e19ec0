"""Row-level checks run only on rows no earlier build saw pass (``schemas.failures.validate_changed_rows``,
``pipelines.checked_rows``); the checks across rows and the table's shape still see everything."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from pipelines.checked_rows import CheckedRows
from schemas.failures import validate_changed_rows, validate_failures
from schemas.row_fingerprints import row_fingerprints
from tests.helpers.sample_tables import sample_tables

NONE = np.zeros(0, dtype=np.uint64)


def _keys(failures):
    return sorted((f.row_id or "", f.column or "", f.rule) for f in failures)


def _broken() -> dict[str, pd.DataFrame]:
    """Sample tables with a failure of each kind: a cell (enum), a row rule, a duplicate key, a null."""
    t = sample_tables()
    ind = t["indicators"].copy()
    ind.loc[1, "unit"] = "percents"
    ind.loc[0, "char_end"] = ind.loc[0, "char_start"]
    docs = t["documents"]
    twice = pd.concat([docs, docs.iloc[:1].assign(article_id="longan-2024-other")], ignore_index=True)
    arts = t["articles"].copy()
    arts.loc[1, "title"] = None
    return {**t, "indicators": ind, "documents": twice, "articles": arts}


@pytest.mark.parametrize("table", ["indicators", "documents", "articles", "assignments", "bodies", "provinces"])
def test_nothing_known_gives_what_the_full_model_gives(table):
    df = _broken()[table]
    outcome = validate_changed_rows(table, df, NONE)
    assert _keys(outcome.failures) == _keys(validate_failures(table, df))
    assert outcome.checked == len(df)


def test_known_rows_are_not_checked_again_but_a_changed_row_is():
    ind = sample_tables()["indicators"]
    first = validate_changed_rows("indicators", ind, NONE)
    assert first.failures == [] and first.checked == len(ind)
    changed = ind.copy()
    changed.loc[1, "unit"] = "percents"  # the same row id, another content: checked again
    again = validate_changed_rows("indicators", changed, first.passing)
    assert again.checked == 1
    assert [(f.row_id, f.column) for f in again.failures] == [(ind["indicator_id"].iloc[1], "unit")]
    assert row_fingerprints(changed)[1] not in set(again.passing.tolist())  # a failing row is never remembered


def test_a_duplicate_of_known_rows_is_still_caught():
    docs = sample_tables()["documents"]
    known = validate_changed_rows("documents", docs, NONE).passing
    twice = pd.concat([docs, docs.iloc[:1]], ignore_index=True)  # both rows known, one key twice
    outcome = validate_changed_rows("documents", twice, known)
    assert outcome.checked == 0
    assert {f.rule for f in outcome.failures} == {"field_uniqueness"}


def test_fingerprints_tell_types_and_nulls_apart():
    a = pd.DataFrame({"d": [dt.date(2024, 1, 1), "2024-01-01", None, "None"], "n": [5, 5, 5, 5]})
    prints = row_fingerprints(a)
    assert len(set(prints.tolist())) == 4
    nulls = pd.DataFrame(
        {"s": [None, "None", "nan", "<NA>", float("nan")], "i": pd.array([0, 0, 0, 0, None], dtype="Int64")}
    )
    assert len(set(row_fingerprints(nulls).tolist())) == 5
    assert row_fingerprints(a.iloc[[2, 0]]).tolist() == [prints[2], prints[0]]  # a row's own content only


def test_the_store_keeps_passing_rows_between_builds(tmp_path):
    ind = sample_tables()["indicators"]
    store = CheckedRows(tmp_path)
    assert len(store.known("indicators", ind)) == 0
    passing = validate_changed_rows("indicators", ind, NONE).passing
    store.remember("indicators", ind, passing)
    assert CheckedRows(tmp_path).known("indicators", ind).tolist() == passing.tolist()
    assert validate_changed_rows("indicators", ind, store.known("indicators", ind)).checked == 0
    other_dtypes = ind.astype({"value_low": "object"})  # other dtypes: another key, nothing known
    assert len(store.known("indicators", other_dtypes)) == 0
    assert len(CheckedRows(None).known("indicators", ind)) == 0
