"""Great Expectations on the release tables: suites derived from the schemas, dataset-level
expectations, failures naming table/row/column/rule, deterministic offline Data Docs."""

from __future__ import annotations

import datetime as dt
import posixpath
import re

import pandas as pd
import pytest

from pipelines.quality.docs import normalise_html, quality_files
from pipelines.quality.run import validate_release_tables
from pipelines.quality.suites import (
    dataset_specs,
    load_expectation_config,
    schema_specs,
)
from schemas.metadata import load_tables
from tests.helpers.sample_tables import sample_tables

DAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def seed_results(seed_build):
    return validate_release_tables(seed_build.tables)


def lines(results) -> list[str]:
    return [f.line() for f in results.failures]


def test_every_schema_constraint_becomes_an_expectation():
    for table in load_tables().values():
        specs = schema_specs(table)
        by_column = {}
        for s in specs:
            by_column.setdefault(s.column, set()).add(s.expectation)
        assert specs[0].kwargs["column_list"] == table.columns
        for f in table.fields:
            got = by_column[f.name]
            assert "ExpectColumnValuesToBeInTypeList" in got
            assert ("ExpectColumnValuesToNotBeNull" in got) == f.required, (table.name, f.name)
            assert ("ExpectColumnValuesToBeInSet" in got) == (f.enum is not None)
            assert ("ExpectColumnValuesToMatchRegex" in got) == (f.pattern is not None)
            assert ("ExpectColumnValuesToBeUnique" in got) == f.unique
            assert ("ExpectColumnValuesToBeBetween" in got) == (f.minimum is not None or f.maximum is not None)


def test_dataset_expectations_follow_the_config():
    config = load_expectation_config()
    specs = dataset_specs(sample_tables(), {"indicators": 10})
    rules = {s.rule for s in specs}
    assert f"plausible year {config['target_years']['min']}..{config['target_years']['max']}" in rules
    assert "rows not below 80% of previous 10" in rules
    growth = [s for s in specs if s.rule == "plausible percent for {indicator_code} 0..30"]
    assert len(growth) == 2 and all('"GRDP_GROWTH"' in s.kwargs["row_condition"] for s in growth)
    # one expectation per range and value column, not per code
    percent = [s for s in specs if s.rule.startswith("plausible percent")]
    assert len(percent) == 2 * len({s.rule for s in percent})
    assert {s.table for s in specs if s.rule == "province code known"} >= {"articles", "indicators", "bodies"}


def test_seed_tables_meet_every_expectation(seed_results):
    assert seed_results.success, lines(seed_results)
    assert set(seed_results.statistics) == set(load_tables())
    assert all(e == s and e > 5 for e, s in seed_results.statistics.values())


def test_failures_name_table_row_column_and_rule():
    tables = sample_tables()
    ind = tables["indicators"].copy()
    tfp = ind.index[ind["indicator_code"] == "TFP_CONTRIBUTION"][0]
    ind.loc[tfp, "value_low"] = 150.0
    ind.loc[0, "target_year"] = 1980
    ind.loc[0, "province_code"] = "99"
    tables["indicators"] = ind
    res = validate_release_tables(tables, previous_counts={"indicators": 30, "articles": 2})
    got = lines(res)
    tfp_id = ind.loc[tfp, "indicator_id"]
    first = ind.loc[0, "indicator_id"]
    assert not res.success
    assert (
        f"indicators row {tfp_id} column value_low: plausible percent for TFP_CONTRIBUTION 0..100 (value 150.0)" in got
    )
    assert f"indicators row {first} column target_year: plausible year 1990..2100 (value 1980)" in got
    assert f"indicators row {first} column province_code: province code known (value '99')" in got
    assert "indicators: rows not below 80% of previous 30 (value 3)" in got
    assert not any(line.startswith("articles") for line in got)  # 2 -> 2 rows is no collapse


def _uncoded(tables: dict, copies: int) -> dict:
    ind = pd.concat([tables["indicators"]] * copies, ignore_index=True)
    ind["indicator_code"] = None
    ind["label_en"] = None
    return {**tables, "indicators": ind}


def test_coded_share_floor():
    tables = sample_tables()
    floor_rows = load_expectation_config()["coded_indicator_share_min_rows"]
    copies = -(-floor_rows // len(tables["indicators"]))
    got = lines(validate_release_tables(_uncoded(tables, copies)))
    assert any(line.startswith("indicators column indicator_code: coded share >= 50%") for line in got), got


def test_coded_share_floor_waits_for_enough_rows():
    # a batch of pages that set few targets (assignment-heavy legal texts) is no measure of the
    # lexicon: 14 rows, 6 coded, stopped a whole release before the floor needed enough rows
    tables = _uncoded(sample_tables(), 1)
    assert len(tables["indicators"]) < load_expectation_config()["coded_indicator_share_min_rows"]
    assert not [s for s in dataset_specs(tables) if "coded share" in s.rule]
    got = lines(validate_release_tables(tables))
    assert not any("coded share" in line for line in got), got


def test_data_docs_are_offline_and_deterministic(seed_results, seed_build):
    files = quality_files(seed_results, "v2026.11.22", DAY)
    again = quality_files(validate_release_tables(seed_build.tables), "v2026.11.22", DAY)
    assert files == again  # same tables, same bytes: no time stamps, no random ids
    assert {
        "quality/index.html",
        "quality/results.json",
        "quality/validations/indicators.html",
        "quality/expectations/indicators.html",
    } <= set(files)
    for path, data in files.items():
        if path.endswith(".html"):
            page = data.decode("utf-8")
            assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"https?://", page), path
            assert "url(http" not in page.replace("'", "")
    for path, data in files.items():  # every local link resolves inside quality/
        if path.endswith(".html"):
            for href in re.findall(r'(?:href|src)="([^"#:]+)"', data.decode("utf-8")):
                target = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
                assert target in files, (path, href)
    index = files["quality/index.html"].decode("utf-8")
    assert "<script" not in index and 'href="validations/indicators.html"' in index


def test_normalise_html_numbers_random_ids():
    page = (
        '<script src="https://cdn.example/x.js"></script><div id="a-3f2b1c4d-1111-4aaa-8bbb-123456789abc">'
        '20261203T101010.123456Z</div><a href="#a-3f2b1c4d-1111-4aaa-8bbb-123456789abc">x</a>'
    )
    assert normalise_html(page, "20261122T000000.000000Z") == (
        '<div id="a-id-0001">20261122T000000.000000Z</div><a href="#a-id-0001">x</a>'
    )


def test_a_failed_expectation_publishes_nothing(tmp_path):
    from pipelines.release.extras import QualityCheckError
    from pipelines.release.publish import publish_release

    tables = sample_tables()
    ind = tables["indicators"].copy()
    grdp = ind.index[ind["indicator_code"] == "GRDP_GROWTH"][0]
    ind.loc[grdp, "target_year"] = 1950  # passes the schema (1900..2100), not the plausible years (1990..)
    tables["indicators"] = ind
    with pytest.raises(QualityCheckError, match=rf"indicators row {ind.loc[grdp, 'indicator_id']} column target_year"):
        publish_release(
            tables, tmp_path, build_date=DAY, input_hashes={}, checks=[], rejected_inputs=[], code_version="test"
        )
    releases = tmp_path / "releases"
    assert not releases.exists() or [p.name for p in releases.iterdir() if not p.name.startswith(".")] == []


def test_conditioned_expectations_share_a_prefilter_only_when_every_condition_starts_alike():
    from pipelines.quality.run import _shared_clause
    from pipelines.quality.suites import _spec

    def cond(c: str):
        return _spec("indicators", "ExpectColumnValuesToBeBetween", "r", "value_low", row_condition=c)

    same = [cond('unit=="percent" and indicator_code=="A"'), cond('unit=="percent" and indicator_code=="B"')]
    assert _shared_clause(same) == 'unit=="percent"'
    assert _shared_clause([*same, cond('unit=="ha" and indicator_code=="C"')]) is None


def test_the_validation_process_gives_the_files_validating_in_place_gives(seed_build):
    """Publishing validates in a process of its own, from the Parquet files: the same `quality/`
    bytes as validating the frames in the caller's process, and the failures when one fails."""
    from pipelines.release import tables_io
    from pipelines.release.extras import QualityJob

    frames = {
        n: tables_io.sort_by_primary_key(tables_io.canonical_frame(df, n), n) for n, df in seed_build.tables.items()
    }
    parquet = {n: tables_io.parquet_bytes(df, n) for n, df in frames.items()}
    counts = {n: len(df) for n, df in frames.items()}
    job = QualityJob(DAY)
    job.use(parquet)
    job.start("v2026.11.22", counts)
    failures, files = job.result()
    assert failures == []
    assert files == quality_files(validate_release_tables(frames, counts), "v2026.11.22", DAY)
    job = QualityJob(DAY)
    job.use(parquet)
    job.start("v2026.11.22", {**counts, "articles": 10 * counts["articles"]})  # the release would shrink
    failures, files = job.result()
    assert files == {} and any(line.startswith("articles") for line in failures), failures
