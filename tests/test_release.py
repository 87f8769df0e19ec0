"""Publishing releases: deterministic files, versions, changelog, atomicity, checksums, contract."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest

from pipelines.release import publish as publish_mod
from pipelines.release.changelog import TITLE, changelog_markdown
from pipelines.release.manifest import manifest_json
from pipelines.release.publish import PublishResult, ReleaseCheckError, publish_release
from pipelines.release.tables_io import (
    canonical_frame,
    csv_bytes,
    parquet_bytes,
    read_release_table,
    sort_by_primary_key,
    write_csv,
    write_parquet,
)
from pipelines.release.version import next_version, parse_version, read_latest
from schemas.metadata import TABLE_NAMES
from pipelines.quality.release_check import check_release
from tests.helpers.sample_tables import sample_tables

REPO = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 11, 22)
TABLE_FILES = [f"{kind}/{t}.{kind}" for t in TABLE_NAMES for kind in ("parquet", "csv")]


def publish(tables, out: Path, day: dt.date = DAY) -> PublishResult:
    return publish_release(
        tables,
        out,
        build_date=day,
        input_hashes={"raw/articles/longan-2024-qd4192.txt": "a" * 64, "raw/curation/provinces.csv": "b" * 64},
        checks=["pandera", "quotes", "foreign_keys"],
        rejected_inputs=[{"path": "raw/articles/empty.txt", "reason": "no text"}],
        code_version="test",
    )


def changed_tables():
    tables = sample_tables()
    ind = tables["indicators"].copy()
    ind.loc[ind["indicator_id"] == "longan-2024-qd4192-ind-02", "value_low"] = 55.0
    tables["indicators"] = ind
    return tables


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- tables_io -------------------------------------------------------------------------------


def test_parquet_round_trip_keeps_types(tmp_path):
    (tmp_path / "parquet").mkdir()
    for name, df in sample_tables().items():
        write_parquet(df, name, tmp_path / "parquet" / f"{name}.parquet")
        back = read_release_table(tmp_path, name)
        pd.testing.assert_frame_equal(back, canonical_frame(df, name))
        plain = pd.read_parquet(tmp_path / "parquet" / f"{name}.parquet")  # what a researcher does
        pd.testing.assert_frame_equal(plain, canonical_frame(df, name))


def test_parquet_carries_descriptions():
    import pyarrow.parquet as pq

    schema = pq.read_schema(io.BytesIO(parquet_bytes(sample_tables()["indicators"], "indicators")))
    assert "lower bound".encode() in schema.field("value_low").metadata[b"description"]
    assert not schema.field("indicator_id").nullable and schema.field("value_high").nullable


def test_same_frame_same_bytes_whatever_the_producer_dtypes():
    df = sample_tables()["indicators"]
    other = df.assign(char_start=df["char_start"].astype("int64"), label_en=df["label_en"].astype("string"))
    other.index = [10, 11, 12]
    assert parquet_bytes(df, "indicators") == parquet_bytes(other, "indicators")
    assert csv_bytes(df, "indicators") == csv_bytes(other, "indicators")


def test_csv_format(tmp_path):
    tables = sample_tables()
    write_csv(tables["articles"], "articles", tmp_path / "articles.csv")
    raw = (tmp_path / "articles.csv").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n") and not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0] == ",".join(tables["articles"].columns)
    assert '\\"Chương trình hành động\\"' not in text and '""Chương trình hành động""' in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 3 and rows[1][6] == tables["articles"]["text"][0]  # newlines inside text survive
    assert rows[2][3] == "" and rows[2][4] == ""  # nulls are empty cells
    ind = csv_bytes(tables["indicators"], "indicators").decode("utf-8").splitlines()
    assert ',"between",7.0,7.5,"percent",2030,' in ind[1]
    assert ',"achieve",,,,2025,' in ind[3]
    assert csv_bytes(tables["assignments"], "assignments").decode().count(",2025-01-15,") == 2
    big = tables["indicators"].assign(value_low=[4500000000.0, 0.1 + 0.2, None], value_high=None, comparator="eq")
    assert [line.split(",")[9] for line in csv_bytes(big, "indicators").decode().splitlines()[1:]] == [
        "4500000000.0",
        "0.30000000000000004",
        "",
    ]


def test_pandas_reads_csv_back():
    df = sample_tables()["indicators"]
    back = pd.read_csv(
        io.BytesIO(csv_bytes(df, "indicators")), dtype={"province_code": str}, keep_default_na=False, na_values=[""]
    )
    assert back["value_low"].tolist()[:2] == [7.0, 50.0]
    assert back["quote"].tolist() == df["quote"].tolist()


# --- versions --------------------------------------------------------------------------------


def test_next_version(tmp_path):
    assert next_version(tmp_path / "missing", DAY) == "v2026.11.22"
    (tmp_path / "v2026.11.21").mkdir()
    (tmp_path / ".tmp-v2026.11.22-123").mkdir()
    assert next_version(tmp_path, DAY) == "v2026.11.22"
    (tmp_path / "v2026.11.22").mkdir()
    assert next_version(tmp_path, DAY) == "v2026.11.22.1"
    (tmp_path / "v2026.11.22.1").mkdir()
    assert next_version(tmp_path, DAY) == "v2026.11.22.2"
    assert parse_version("v2026.11.22.2") == (DAY, 2)
    with pytest.raises(ValueError):
        parse_version("2026-11-22")


# --- publishing ------------------------------------------------------------------------------


def test_first_release_layout(tmp_path):
    res = publish(sample_tables(), tmp_path)
    assert res == PublishResult("v2026.11.22", tmp_path / "releases" / "v2026.11.22", True, "first release")
    assert (tmp_path / "releases" / "LATEST").read_text() == "v2026.11.22\n"
    files = set(snapshot(res.path))
    people = {"plandata-v2026.11.22.xlsx", "index.html", "quality/index.html", "quality/results.json"}
    assert (
        files
        >= set(TABLE_FILES) | {"datapackage.json", "manifest.json", "SHA256SUMS", "CHANGELOG.md", "README.md"} | people
    )
    assert {f for f in files if not f.startswith("quality/")} == set(TABLE_FILES) | {
        "datapackage.json",
        "manifest.json",
        "SHA256SUMS",
        "CHANGELOG.md",
        "README.md",
        "plandata-v2026.11.22.xlsx",
        "index.html",
    }
    assert [p.name for p in (tmp_path / "releases").iterdir() if p.name.startswith(".")] == [".lock"]
    manifest = json.loads((res.path / "manifest.json").read_text())
    assert manifest["version"] == "v2026.11.22" and manifest["built_on"] == "2026-11-22"
    assert manifest["row_counts"]["provinces"] == 63 and manifest["row_counts"]["indicators"] == 3
    assert manifest["checks_passed"] == ["pandera", "quotes", "foreign_keys"]
    assert manifest["rejected_inputs"] == [{"path": "raw/articles/empty.txt", "reason": "no text"}]
    assert manifest["inputs"]["raw/curation/provinces.csv"] == "b" * 64
    assert (res.path / "manifest.json").read_text() == manifest_json(manifest)
    readme = (res.path / "README.md").read_text()
    assert "## Curation queue" in readme and "3 of 3 indicator rows (100.0 %) carry a lexicon code" in readme
    assert (
        "Vietnam plan-indicators dataset contributors (2026). Vietnam plan-indicators dataset, version v2026.11.22"
        in readme
    )
    assert "releases/v2026.11.22/" in readme and "CITATION.cff" in readme
    ids = re.findall(r"^- `(\w+)\.(\w+)` = `([^`]+)`$", readme, re.M)  # example ids are real ones
    tables = sample_tables()
    assert len(ids) == len(TABLE_NAMES)
    for table, column, key in ids:
        assert key in set(tables[table][column]), (table, key)
    assert "First release." in (res.path / "CHANGELOG.md").read_text()


def test_publish_twice_publishes_nothing(tmp_path):
    first = publish(sample_tables(), tmp_path)
    before = snapshot(tmp_path)
    shuffled = {n: df.sample(frac=1, random_state=1) for n, df in sample_tables().items()}  # order is irrelevant
    second = publish(shuffled, tmp_path, day=DAY + dt.timedelta(days=1))
    assert second.published is False and second.version == first.version and second.path == first.path
    assert "equal" in second.reason
    assert snapshot(tmp_path) == before


def test_two_output_dirs_byte_identical(tmp_path):
    a = publish(sample_tables(), tmp_path / "a")
    b = publish(sample_tables(), tmp_path / "b")
    sa, sb = snapshot(a.path), snapshot(b.path)
    for rel in TABLE_FILES:
        assert sa[rel] == sb[rel], rel
    assert sa == sb  # same inputs and code version: the whole release is identical


def test_byte_identical_across_processes(tmp_path):
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from tests.helpers.sample_tables import sample_tables
        from pipelines.release.tables_io import write_csv, write_parquet
        out = Path(sys.argv[1])
        for name, df in sample_tables().items():
            write_parquet(df, name, out / f"{name}.parquet")
            write_csv(df, name, out / f"{name}.csv")
        """
    )
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO, check=True)
    for name, df in sample_tables().items():
        assert (tmp_path / f"{name}.parquet").read_bytes() == parquet_bytes(df, name)
        assert (tmp_path / f"{name}.csv").read_bytes() == csv_bytes(df, name)


def test_changed_row_gives_suffixed_version_and_changelog(tmp_path):
    first = publish(sample_tables(), tmp_path)
    old = snapshot(first.path)
    second = publish(changed_tables(), tmp_path)
    assert second.published and second.version == "v2026.11.22.1"
    assert read_latest(tmp_path / "releases") == "v2026.11.22.1"
    assert snapshot(first.path) == old  # earlier release untouched
    log = (second.path / "CHANGELOG.md").read_text()
    assert log.startswith(TITLE + "\n\n## v2026.11.22.1 (2026-11-22)")
    assert "| indicators | 0 | 0 | 1 | 3 |" in log
    assert "| articles | 0 | 0 | 0 | 2 |" in log
    assert "changed: `longan-2024-qd4192-ind-02` (value_low)" in log
    assert "- `indicators` `longan-2024-qd4192-ind-02`: value_low `50.0` → `55.0`" in log  # before and after
    assert log.index("## v2026.11.22.1") < log.index("## v2026.11.22 (") and log.count(TITLE) == 1
    assert json.loads((second.path / "manifest.json").read_text())["previous_version"] == "v2026.11.22"
    third = publish(sample_tables(), tmp_path, day=DAY + dt.timedelta(days=1))  # back to the first tables
    assert third.version == "v2026.11.23"
    assert (
        "changed: `longan-2024-qd4192-ind-02`" in (third.path / "CHANGELOG.md").read_text().split("## v2026.11.22.1")[0]
    )


def test_added_and_removed_rows_in_changelog(tmp_path):
    publish(sample_tables(), tmp_path)
    tables = sample_tables()
    tables["assignments"] = tables["assignments"].iloc[1:]
    res = publish(tables, tmp_path)
    assert "| assignments | 0 | 1 | 0 | 2 |" in (res.path / "CHANGELOG.md").read_text()


def test_sha256sums_match(tmp_path):
    res = publish(sample_tables(), tmp_path)
    lines = (res.path / "SHA256SUMS").read_text().splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    assert [line.split("  ", 1)[1] for line in lines] == sorted(listed)
    files = snapshot(res.path)
    assert set(listed) == set(files) - {"SHA256SUMS"}
    for rel, digest in listed.items():
        assert hashlib.sha256(files[rel]).hexdigest() == digest


def test_failing_write_publishes_nothing(tmp_path, monkeypatch):
    publish(sample_tables(), tmp_path)
    before = snapshot(tmp_path)
    calls = {"n": 0}
    real = publish_mod._write_bytes

    def flaky(path, data):
        calls["n"] += 1
        if calls["n"] == 6:
            raise OSError("disk full")
        real(path, data)

    monkeypatch.setattr(publish_mod, "_write_bytes", flaky)
    with pytest.raises(OSError, match="disk full"):
        publish(changed_tables(), tmp_path)
    assert snapshot(tmp_path) == before  # no new dir, LATEST unchanged, no temp dir left
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == [".lock", "LATEST", "v2026.11.22"]


def test_failing_latest_update_rolls_back(tmp_path, monkeypatch):
    publish(sample_tables(), tmp_path)
    before = snapshot(tmp_path)

    def boom(releases, version):
        raise OSError("cannot write LATEST")

    monkeypatch.setattr(publish_mod, "_write_latest", boom)
    with pytest.raises(OSError):
        publish(changed_tables(), tmp_path)
    assert snapshot(tmp_path) == before


def test_existing_version_is_never_overwritten(tmp_path, monkeypatch):
    first = publish(sample_tables(), tmp_path)
    before = snapshot(tmp_path)
    monkeypatch.setattr(publish_mod, "next_version", lambda releases, day: first.version)
    with pytest.raises(FileExistsError):
        publish(changed_tables(), tmp_path)
    assert snapshot(tmp_path) == before


def test_invalid_tables_publish_nothing(tmp_path):
    tables = sample_tables()
    ind = tables["indicators"].copy()
    ind.loc[0, "unit"] = "percents"
    tables["indicators"] = ind
    with pytest.raises(pa.errors.SchemaErrors):
        publish(tables, tmp_path)
    tables = sample_tables()
    ind = tables["indicators"].copy()
    ind.loc[0, "quote"] = ind.loc[0, "quote"].upper()  # same length, not the article's text
    tables["indicators"] = ind
    with pytest.raises(ReleaseCheckError, match=r"indicators\[[^]]+\]: quote"):
        publish(tables, tmp_path)
    tables = sample_tables()
    tables["assignments"] = tables["assignments"].assign(body_id="80-dost")
    with pytest.raises(ReleaseCheckError, match=r"assignments\[[^]]+\]\.body_id"):
        publish(tables, tmp_path)
    with pytest.raises(ValueError, match="exactly the tables"):
        publish({k: v for k, v in sample_tables().items() if k != "bodies"}, tmp_path)
    assert not (tmp_path / "releases").exists() or list((tmp_path / "releases").iterdir()) == []


def test_release_files_are_read_only(tmp_path):
    res = publish(sample_tables(), tmp_path)
    assert all(not (p.stat().st_mode & 0o222) for p in res.path.rglob("*") if p.is_file())


def test_frictionless_validates_published_release(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    res = publish(sample_tables(), tmp_path)
    report = frictionless.validate(str(res.path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "resourceName", "rowNumber", "fieldName", "note"])


def test_published_releases_validate(tmp_path):
    first = publish(sample_tables(), tmp_path)
    second = publish(changed_tables(), tmp_path)
    assert [f.line() for f in check_release(first.path)] == []
    assert [f.line() for f in check_release(second.path)] == []


def test_changelog_markdown_keeps_history():
    older = changelog_markdown("## v1 (2026-01-01)\n\nFirst release.\n", None)
    newer = changelog_markdown("## v2 (2026-01-02)\n\nChanges since v1.\n", older)
    assert newer == f"{TITLE}\n\n## v2 (2026-01-02)\n\nChanges since v1.\n\n## v1 (2026-01-01)\n\nFirst release.\n"


def test_sorting_is_by_primary_key():
    df = sample_tables()["bodies"].iloc[::-1]
    assert sort_by_primary_key(df, "bodies")["body_id"].tolist() == ["80-dof", "80-dpi", "84-dost"]
