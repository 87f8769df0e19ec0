"""The CHANGELOG diff computed in Arrow from two Parquet files is the diff of the two frames."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.release import tables_io
from pipelines.release import arrow_diff
from pipelines.release.arrow_diff import diff_parquet
from pipelines.release.changelog import diff_table
from pipelines.release.publish import publish_parquet, publish_release
from schemas.metadata import TABLE_NAMES
from tests.helpers.release_tables import canonical
from tests.helpers.sample_tables import sample_tables


def edited() -> dict[str, pd.DataFrame]:
    """The sample tables with every kind of change: rows added and removed; text, number, date
    and integer values changed; a value made null and a null given a value; 0.0 made -0.0."""
    t = canonical(sample_tables())
    ind = t["indicators"].copy()
    ind.loc[0, "value_low"] = 7.25  # number changed
    ind.loc[1, "value_high"] = 60.0  # null -> value
    ind.loc[2, "label_vi"] = "tỷ lệ hộ nghèo (giảm)"  # text changed
    added = ind.iloc[[0]].assign(indicator_id="longan-2024-qd4192-ind-09")
    t["indicators"] = pd.concat([ind, added], ignore_index=True)
    art = t["articles"].copy()
    art.loc[0, "published_date"] = dt.date(2024, 5, 4)  # date changed
    art.loc[1, "published_date"] = dt.date(2021, 8, 1)  # null -> date
    t["articles"] = art
    asg = t["assignments"].copy()
    asg.loc[0, "deadline"] = None  # value -> null
    t["assignments"] = asg.drop(index=2).reset_index(drop=True)  # a row removed
    return canonical(t)


def files(tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    return {n: tables_io.parquet_bytes(df, n) for n, df in tables.items()}


def test_arrow_diff_equals_the_frame_diff_for_every_kind_of_change():
    old, new = canonical(sample_tables()), edited()
    a, b = files(old), files(new)
    for name in TABLE_NAMES:
        assert diff_parquet(a[name], b[name], name) == diff_table(old[name], new[name], name), name
    ind = diff_parquet(a["indicators"], b["indicators"], "indicators")
    assert ind is not None and ind.added == ("longan-2024-qd4192-ind-09",) and len(ind.changed) == 3
    assert diff_parquet(a["assignments"], b["assignments"], "assignments").removed  # type: ignore[union-attr]


def test_arrow_diff_in_slices_of_one_pair_is_the_same_diff(monkeypatch):
    monkeypatch.setattr(arrow_diff, "PAIRS_AT_ONCE", 1)  # every slice holds one row pair
    old, new = canonical(sample_tables()), edited()
    a, b = files(old), files(new)
    for name in TABLE_NAMES:
        assert diff_parquet(a[name], b[name], name) == diff_table(old[name], new[name], name), name


def test_arrow_diff_tells_minus_zero_from_zero_as_the_csv_cells_do():
    old = canonical(sample_tables())
    old["indicators"].loc[0, "value_low"] = 0.0
    new = {n: df.copy() for n, df in old.items()}
    new["indicators"].loc[0, "value_low"] = -0.0
    a, b = files(old), files(new)
    fast = diff_parquet(a["indicators"], b["indicators"], "indicators")
    assert fast == diff_table(old["indicators"], new["indicators"], "indicators")
    assert fast is not None and fast.changed_values == {"longan-2024-qd4192-ind-01": (("value_low", "0.0", "-0.0"),)}


def test_files_of_another_schema_are_left_to_the_frame_diff():
    t = canonical(sample_tables())
    older = t["bodies"].drop(columns=["successor_2025_code"])
    buf = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pandas(older, preserve_index=False), buf)
    assert diff_parquet(buf.getvalue().to_pybytes(), files(t)["bodies"], "bodies") is None


def test_a_second_release_from_files_has_the_changelog_of_frames(tmp_path):
    kw = dict(build_date=dt.date(2026, 12, 5), input_hashes={}, checks=["all"], rejected_inputs=[], code_version="t")
    logs = []
    for out, publish_second in [
        (tmp_path / "frames", lambda out: publish_release(edited(), out, checked=True, **kw)),
        (tmp_path / "files", lambda out: publish_parquet(files(edited()), out, **kw)),
    ]:
        assert publish_release(canonical(sample_tables()), out, checked=True, **kw).published
        res = publish_second(out)
        assert res.published
        logs.append((res.path / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert logs[0] == logs[1]
    assert "| indicators | 1 | 0 | 3 | 4 |" in logs[1] and "value_high `null` → `60.0`" in logs[1]
