"""`plandata validate RELEASE_DIR` on a published release: passes; fails, naming the row, on one
tampered cell (Parquet or CSV) and on one broken quote."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.release import tables_io
from pipelines.release.publish import publish_release
from tests.helpers.sample_tables import sample_tables

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    res = publish_release(
        sample_tables(),
        out,
        build_date=dt.date(2026, 11, 22),
        input_hashes={},
        checks=["pandera"],
        rejected_inputs=[],
        code_version="test",
    )
    return res.path


def copy(release: Path, tmp_path: Path) -> Path:
    dst = tmp_path / release.name
    shutil.copytree(release, dst)
    for p in dst.rglob("*"):
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    return dst


def run(path: Path, capsys) -> tuple[int, list[str]]:
    code = main(["validate", str(path)])
    return code, capsys.readouterr().out.splitlines()


def test_passes_on_a_published_release(release, capsys):
    code, out = run(release, capsys)
    valid = (
        f"release {release.name}: valid (checksums, data package, csv = parquet, schemas, keys, quotes, expectations)"
    )
    assert code == 0 and out == [valid]
    code, out = run(release.parent.parent, capsys)  # an output folder: releases/LATEST is followed
    assert code == 0


def test_tampered_parquet_cell_names_the_row(release, tmp_path, capsys):
    bad = copy(release, tmp_path)
    ind = tables_io.read_release_table(bad, "indicators")
    key = ind.loc[0, "indicator_id"]
    ind.loc[0, "value_high"] = 75.0  # a typo: 7.5 -> 75
    tables_io.write_parquet(ind, "indicators", bad / "parquet" / "indicators.parquet")
    code, out = run(bad, capsys)
    assert code == 1
    assert "FAIL file parquet/indicators.parquet: SHA-256 differs from SHA256SUMS (file changed)" in out
    assert (
        f"FAIL indicators row {key} column value_high: csv differs from parquet (value csv '7.5', parquet '75.0')"
        in out
    )
    assert f"FAIL indicators row {key} column value_high: plausible percent for GRDP_GROWTH 0..30 (value 75.0)" in out
    assert out[-1].startswith(f"release {bad.name}: ") and out[-1].endswith("failure(s)")


def test_tampered_csv_cell_names_the_row(release, tmp_path, capsys):
    bad = copy(release, tmp_path)
    path = bad / "csv" / "provinces.csv"
    path.write_text(path.read_text(encoding="utf-8").replace('"80","Long An"', '"80","Long Am"'), encoding="utf-8")
    code, out = run(bad, capsys)
    assert code == 1
    assert (
        "FAIL provinces row 80 column name_vi: csv differs from parquet (value csv 'Long Am', parquet 'Long An')" in out
    )


def test_broken_quote_names_the_row(release, tmp_path, capsys):
    bad = copy(release, tmp_path)
    obj = tables_io.read_release_table(bad, "objectives")
    key = obj.loc[0, "objective_id"]
    obj.loc[0, "quote"] = obj.loc[0, "quote"][:-1] + "x"  # same length, not the article's text
    tables_io.write_parquet(obj, "objectives", bad / "parquet" / "objectives.parquet")
    tables_io.write_csv(obj, "objectives", bad / "csv" / "objectives.csv")
    code, out = run(bad, capsys)
    assert code == 1
    start, end = obj.loc[0, "char_start"], obj.loc[0, "char_end"]
    assert f"FAIL objectives row {key} column quote: quote is not articles.text[{start}:{end}] of its article" in out


def test_missing_and_unlisted_files(release, tmp_path, capsys):
    bad = copy(release, tmp_path)
    (bad / "index.html").unlink()
    (bad / "notes.txt").write_text("added after publication")
    code, out = run(bad, capsys)
    assert code == 1
    assert "FAIL file index.html: missing" in out and "FAIL file notes.txt: not listed in SHA256SUMS" in out


def test_console_script(release):
    script = Path(sys.executable).with_name("plandata")
    assert script.is_file(), "the project is installed as a package: `uv sync` makes the plandata script"
    helped = subprocess.run([str(script), "validate", "--help"], check=False, capture_output=True, text=True, cwd=REPO)
    assert helped.returncode == 0 and "RELEASE_DIR" in helped.stdout.upper()
    missing = subprocess.run(
        [str(script), "validate", str(release / "nope")], check=False, capture_output=True, text=True
    )
    assert missing.returncode == 2 and "is not a folder" in missing.stderr
