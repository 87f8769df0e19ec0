"""The Dagster build end to end on copies of raw/: publish, idempotence, failure isolation."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from assets.resources import PlanDataPaths
from pipelines.quality.release_check import check_release
from tests.conftest import RAW, REPO


def test_definitions_load():
    from pipelines.definitions import defs

    dg.Definitions.validate_loadable(defs)
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert {
        "raw_curation",
        "core_rule_rows",
        "core_indicators",
        "core_set_aside",
        "out_release",
        "out_evaluation",
    } <= keys
    assert defs.resolve_job_def("build_release") is not None


def build(raw: Path, out: Path) -> dg.ExecuteInProcessResult:
    """Every asset of the definitions, in this process (the README command runs them multiprocess)."""
    from pipelines.definitions import ASSETS, resources

    return dg.materialize(
        ASSETS, resources=resources(PlanDataPaths(raw_dir=str(raw), output_dir=str(out))), raise_on_error=False
    )


def snapshot(out: Path) -> dict[str, bytes]:
    rel = out / "releases"
    return (
        {str(p.relative_to(rel)): p.read_bytes() for p in sorted(rel.rglob("*")) if p.is_file()} if rel.exists() else {}
    )


@pytest.fixture()
def raw_copy(tmp_path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


@pytest.fixture(scope="module")
def first_release(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = build(RAW, out)
    assert result.success
    return out


def test_build_publishes_a_release_that_holds_the_contract(first_release):
    latest = (first_release / "releases" / "LATEST").read_text().strip()
    rel = first_release / "releases" / latest
    manifest = json.loads((rel / "manifest.json").read_text())
    assert manifest["row_counts"]["provinces"] == 63 and manifest["row_counts"]["indicators"] > 0
    for name in ("index.html", "quality/index.html", f"plandata-{latest}.xlsx", "SHA256SUMS"):
        assert (rel / name).is_file(), name
    assert [f.line() for f in check_release(rel)] == []  # what `plandata validate` runs


def test_second_build_of_same_inputs_publishes_nothing(first_release):
    before = snapshot(first_release)
    result = build(RAW, first_release)
    assert result.success
    assert snapshot(first_release) == before
    # every row passed its row-level checks in the first build: none is checked row by row again
    schema = [e for e in result.get_asset_check_evaluations() if e.check_name.endswith("_schema")]
    assert len(schema) == 8
    assert {e.check_name: e.metadata["rows_checked_row_by_row"].value for e in schema} == {
        e.check_name: 0 for e in schema
    }


def test_two_builds_give_byte_identical_tables(first_release, tmp_path):
    assert build(RAW, tmp_path).success
    a = {k.split("/", 1)[1]: v for k, v in snapshot(first_release).items() if "/parquet/" in k or "/csv/" in k}
    b = {k.split("/", 1)[1]: v for k, v in snapshot(tmp_path).items() if "/parquet/" in k or "/csv/" in k}
    assert a and a == b


def test_corrupted_curation_row_fails_and_leaves_release_untouched(first_release, raw_copy, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(first_release, out)
    before = snapshot(out)
    lexicon = raw_copy / "curation" / "indicator_lexicon.csv"
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",percent,", ",percents,", 1) if ",percent," in lines[3] else lines[3] + ",extra"
    lexicon.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(raw_copy, out)
    assert not result.success
    failure = "\n".join(str(e.event_specific_data.error) for e in result.all_events if e.is_step_failure)
    assert "indicator_lexicon.csv:4" in failure
    assert snapshot(out) == before


def test_failing_schema_check_publishes_nothing(first_release, raw_copy, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(first_release, out)
    before = snapshot(out)
    (raw_copy / "curation" / "overrides.yaml").write_text(
        (raw_copy / "curation" / "overrides.yaml").read_text(encoding="utf-8")
        + """
- id: test-bad-year
  action: correct
  table: indicators
  article_id: langson-2021-qd166
  quote: "7 - 7,5%"
  match: {indicator_code: GRDP_GROWTH}
  set: {target_year: 1800}
  reason: test that a failing pandera check blocks publishing
""",
        encoding="utf-8",
    )
    result = build(raw_copy, out)
    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert [e.check_name for e in failed] == ["indicators_schema"]
    assert snapshot(out) == before


def test_bad_article_is_set_aside_and_reported(raw_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANDATA_MAX_QUARANTINE_SHARE", "0.5")
    (raw_copy / "articles" / "broken-2024-x.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    assert build(raw_copy, tmp_path).success
    latest = (tmp_path / "releases" / "LATEST").read_text().strip()
    manifest = json.loads((tmp_path / "releases" / latest / "manifest.json").read_text())
    listed = [r for r in manifest["rejected_inputs"] if "broken-2024-x.txt" in r["file"]]
    assert listed and listed[0]["kind"] == "quarantined" and listed[0]["reason"]
    assert [q["file"] for q in manifest["quarantined"]] == ["articles/broken-2024-x.txt"]
    assert manifest["row_counts"]["articles"] == 5
    changelog = (tmp_path / "releases" / latest / "CHANGELOG.md").read_text()
    assert f"- `articles/broken-2024-x.txt`: {listed[0]['reason']}" in changelog


def test_too_many_quarantined_articles_fail_the_build(first_release, raw_copy, tmp_path, monkeypatch):
    monkeypatch.delenv("PLANDATA_MAX_QUARANTINE_SHARE", raising=False)
    out = tmp_path / "out"
    shutil.copytree(first_release, out)
    before = snapshot(out)
    (raw_copy / "articles" / "broken-2024-x.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    result = build(raw_copy, out)  # 1 of 6 articles = 17% > 5%
    assert not result.success
    failure = "\n".join(str(e.event_specific_data.error) for e in result.all_events if e.is_step_failure)
    assert "QuarantineLimitError" in failure and "broken-2024-x.txt" in failure
    assert snapshot(out) == before


def test_build_command_from_the_readme_runs_multiprocess(tmp_path):
    """The README's one command: every asset in one run on the multiprocess executor (each batch
    of articles in its own process), quiet, ending with the summary."""
    env = {**os.environ, "PLANDATA_OUTPUT_DIR": str(tmp_path), "PLANDATA_RAW_DIR": str(RAW), "PLANDATA_BATCHES": "3"}
    env.pop("DAGSTER_HOME", None)
    report = tmp_path / "report.json"
    run = subprocess.run(
        [sys.executable, "-m", "pipelines.build_release", "--report", str(report)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    version = (tmp_path / "releases" / "LATEST").read_text().strip()
    assert f"release: {version} at {tmp_path / 'releases' / version}" in run.stdout
    assert "articles quarantined: 0" in run.stdout and "rows: provinces 63" in run.stdout
    assert "DEBUG" not in run.stderr
    steps = json.loads(report.read_text())["steps"]
    batches = [k for k in steps if "ingest_extract_batch[" in k]
    assert len(batches) >= 2  # the articles were spread over several step processes
    assert (tmp_path / "cache").is_dir()


def test_evaluation_gets_the_rows_of_the_annotated_articles_only(raw_copy, tmp_path):
    from pipelines.definitions import ASSETS, resources

    (raw_copy / "gold" / "longan-2021-qd120.yaml").unlink()  # an article nobody annotated
    keys = ["raw_curation", "raw_overrides", "core_rule_rows", "core_curated_rows", "core_gold_rows"]
    result = dg.materialize(
        ASSETS,
        selection=[dg.AssetKey(k) for k in keys],
        resources=resources(PlanDataPaths(raw_dir=str(raw_copy), output_dir=str(tmp_path / "out"))),
    )
    gold = result.asset_value("core_gold_rows")
    assert len(gold["ids"]) == 4 and "longan-2021-qd120" not in gold["ids"]
    for variant in ("rules", "curated"):
        found = {r["article_id"] for rows in gold[variant].values() for r in rows if "article_id" in r}
        assert found == set(gold["ids"]), variant
    every = {r["article_id"] for r in result.asset_value("core_curated_rows")["rows"]["articles"]}
    assert "longan-2021-qd120" in every
