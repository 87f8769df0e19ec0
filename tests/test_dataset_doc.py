"""docs/DATASET.md, the contract in the repository, says what schemas/tables/*.yaml say, and
nothing in the repository points outside it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from schemas.metadata import SCHEMA_VERSION, load_tables

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "DATASET.md"


def _cells(line: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def documented_tables() -> dict[str, list[list[str]]]:
    """{table: its column rows [column, type, required, allowed]} from the doc's `### `name`` sections."""
    out: dict[str, list[list[str]]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^### `(\w+)`$", line)
        if m:
            current = out.setdefault(m.group(1), [])
        elif line.startswith("## "):
            current = None
        elif current is not None and line.startswith("| `"):
            current.append(_cells(line))
    return out


def _allowed(f) -> str:
    parts = []
    if f.enum:
        parts.append(", ".join(f"`{v}`" for v in f.enum))
    if f.pattern:
        parts.append(f"pattern `{f.pattern}`")
    if f.minimum is not None or f.maximum is not None:
        parts.append(f"{'' if f.minimum is None else f.minimum}..{'' if f.maximum is None else f.maximum}")
    if f.unique:
        parts.append("unique")
    return "; ".join(parts)


def test_doc_declares_the_schema_version():
    assert f"version {SCHEMA_VERSION.split('.')[0]})" in DOC.read_text(encoding="utf-8").splitlines()[0]


def test_doc_tables_match_the_schemas():
    doc = documented_tables()
    tables = load_tables()
    assert list(doc) == list(tables)
    for name, table in tables.items():
        expected = [[f"`{f.name}`", f.type, "yes" if f.required else "no", _allowed(f)] for f in table.fields]
        assert doc[name] == expected, name


def test_doc_names_every_primary_and_foreign_key():
    text = DOC.read_text(encoding="utf-8")
    for table in load_tables().values():
        assert f"Primary key: `{table.primary_key[0]}`." in text
        for fk in table.foreign_keys:
            assert f"`{fk.field}` -> `{fk.ref_table}.{fk.ref_field}`" in text


def test_nothing_refers_to_a_path_outside_the_repository():
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    pattern = re.compile(r"/work/|\.\./shared|\bshared/(spec|facts|seeds|tools|notes)\b|PLANDATA_SHARED_DIR")
    offenders = []
    for rel in tracked:
        if (
            not rel.endswith((".py", ".md", ".yaml", ".yml", ".toml", ".cff", ".html", ".csv"))
            or rel == "tests/test_dataset_doc.py"
        ):
            continue
        for n, line in enumerate((REPO / rel).read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            if pattern.search(line):
                offenders.append(f"{rel}:{n}: {line.strip()[:100]}")
    assert offenders == []
