"""The cache's code version: the per-article results are kept across a change to code the batch
steps never run (publishing), and dropped by a change to code they do (extraction, ingest)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipelines.cache import REPO_ROOT, code_digest, import_closure


def _copy_code(tmp_path: Path) -> Path:
    for name in ("pipelines", "schemas"):
        shutil.copytree(REPO_ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")


def test_the_closure_holds_what_the_batch_steps_import_and_not_publishing():
    files = {p.relative_to(REPO_ROOT).as_posix() for p in import_closure()}
    assert {"pipelines/steps.py", "pipelines/extract/article.py", "pipelines/ingest/articles.py"} <= files
    # reached only through other modules' imports, some inside functions
    assert "pipelines/extract/indicators/__init__.py" in files and "schemas/metadata.py" in files
    assert not {"pipelines/release/changelog.py", "pipelines/release/publish.py", "pipelines/build.py"} & files


def test_a_change_to_publishing_keeps_the_code_version_and_one_to_extraction_changes_it(tmp_path):
    root = _copy_code(tmp_path)
    before = code_digest(root)
    _append(root / "pipelines" / "release" / "changelog.py", "\n# a comment in publishing code\n")
    assert code_digest(root) == before
    _append(root / "pipelines" / "extract" / "indicators" / "__init__.py", "\n# a comment in extraction code\n")
    changed = code_digest(root)
    assert changed != before
    _append(root / "schemas" / "tables" / "indicators.yaml", "\n# metadata\n")
    assert code_digest(root) != changed


def test_a_module_imported_only_inside_a_function_counts(tmp_path):
    root = _copy_code(tmp_path)
    (root / "pipelines" / "extract" / "lazy_helper.py").write_text("X = 1\n", encoding="utf-8")
    _append(
        root / "pipelines" / "steps.py",
        "\n\ndef _lazy():\n    from pipelines.extract import lazy_helper\n\n    return lazy_helper.X\n",
    )
    before = code_digest(root)
    (root / "pipelines" / "extract" / "lazy_helper.py").write_text("X = 2\n", encoding="utf-8")
    assert code_digest(root) != before
