"""A cue kind the extractor reads must keep a row: a curator who deletes every row of one fails
the load with the file and the kind named, rather than silently changing what is extracted."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from pipelines.curation.lexicons import load_lexicons
from pipelines.curation.tables import EVERY_KIND, CurationError, enumerated, read_curation_csv, read_curation_folder
from tests.conftest import RAW


def _drop(path: Path, column: str, value: str) -> None:
    """Rewrite the curated CSV ``path`` without its rows whose ``column`` is ``value``."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    i = rows[0].index(column)
    kept = [rows[0], *(r for r in rows[1:] if r[i] != value)]
    assert len(kept) < len(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(kept)


def test_a_cue_kind_with_no_rows_names_the_file_and_the_kind(tmp_path: Path) -> None:
    cur = tmp_path / "curation"
    shutil.copytree(RAW / "curation", cur)
    _drop(cur / "assignment_cues.csv", "kind", "past_directive")
    with pytest.raises(CurationError) as err:
        load_lexicons(cur)
    assert "curation/assignment_cues.csv: no row of kind past_directive " in str(err.value)


@pytest.mark.parametrize(("table", "column"), EVERY_KIND)
def test_every_listed_cue_column_fails_on_a_kind_with_no_rows(tmp_path: Path, table: str, column: str) -> None:
    kind = enumerated(table, column)[0]
    path = tmp_path / "curation" / table
    path.parent.mkdir()
    shutil.copy(RAW / "curation" / table, path)
    _drop(path, column, kind)
    with pytest.raises(CurationError, match=rf"curation/{table}: no row of {column} {kind} "):
        read_curation_csv(path)


def test_the_projects_own_curated_tables_load() -> None:
    tables = read_curation_folder(RAW / "curation")
    for table, column in EVERY_KIND:
        assert set(enumerated(table, column)) <= set(tables[table][column])
