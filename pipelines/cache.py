"""Per-article results on disk, so a rebuild ingests and extracts only new or changed articles.

An entry is keyed by the article's raw bytes, its ``sources.csv`` row, the curated tables the
extractor reads (every file under ``raw/curation/`` except ``overrides.yaml``, which is applied
after extraction) and the code version: the source of every module the per-article steps
(``pipelines.steps``) import, at any depth, and the ``.yaml`` files of ``pipelines/`` and
``schemas/``. Any change to one of them gives a new key, so a stale entry is never read; a change
to code those steps never import (publishing, evaluation, the Dagster assets) keeps every entry.
Old entries are simply left behind (delete ``output/cache/`` to reclaim the space).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
CODE_DIRS = ("pipelines", "schemas")
EXTRACTION_ENTRY = ("pipelines.steps",)  # what the batch steps run, see pipelines.steps
NOT_EXTRACTION_INPUTS = ("overrides.yaml",)


def files_digest(root: Path, paths: list[Path]) -> str:
    """sha256 over the paths (relative to ``root``) and bytes of ``paths``, in the order given."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def tree_digest(root: Path, pattern: str = "*", skip: tuple[str, ...] = ()) -> str:
    """sha256 over the relative paths and bytes of the files under ``root`` matching ``pattern``."""
    paths = [
        p for p in sorted(root.rglob(pattern)) if p.is_file() and p.name not in skip and "__pycache__" not in p.parts
    ]
    return files_digest(root, paths)


def _module_file(name: str, repo_root: Path) -> Path | None:
    """The source file of module `name` when it is one of ours (pipelines/, schemas/), else None."""
    if name.split(".")[0] not in CODE_DIRS:
        return None
    base = repo_root.joinpath(*name.split("."))
    for path in (base / "__init__.py", base.with_suffix(".py")):
        if path.is_file():
            return path
    return None


def _with_parents(name: str) -> list[str]:
    """`name` and its parent packages (importing a.b.c runs a/__init__ and a/b/__init__)."""
    return [".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)]


def _imported_names(path: Path) -> list[str]:
    """The modules a file imports, anywhere in it (functions included): for ``from a.b import c``
    both ``a.b`` and ``a.b.c`` (which may be a module), and each module's parent packages."""
    names = []
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return [p for n in names for p in _with_parents(n)]


def import_closure(entry: tuple[str, ...] = EXTRACTION_ENTRY, repo_root: Path = REPO_ROOT) -> list[Path]:
    """The source files of the modules `entry` and of every module of ours they import, at any
    depth, sorted. ``import_closure(("pipelines.steps",))`` holds ``pipelines/extract/article.py``
    but not ``pipelines/release/changelog.py``."""
    found: dict[str, Path] = {}
    todo = [p for name in entry for p in _with_parents(name)]
    while todo:
        name = todo.pop()
        path = None if name in found else _module_file(name, repo_root)
        if path is not None:
            found[name] = path
            todo += _imported_names(path)
    return sorted(set(found.values()))


def code_digest(repo_root: Path = REPO_ROOT) -> str:
    """The code version of the per-article results: a hash of the source of every module
    ``pipelines.steps`` imports, at any depth (``import_closure``), and of every ``.yaml`` file of
    pipelines/ and schemas/ (metadata the code reads)."""
    h = hashlib.sha256(files_digest(repo_root, import_closure(EXTRACTION_ENTRY, repo_root)).encode())
    for name in CODE_DIRS:
        h.update(tree_digest(repo_root / name, "*.yaml").encode())
    return h.hexdigest()


def extraction_salt(curation_dir: Path) -> str:
    """What every cache key shares: the curated tables' digest and the code version."""
    return hashlib.sha256((tree_digest(curation_dir, skip=NOT_EXTRACTION_INPUTS) + code_digest()).encode()).hexdigest()


def article_key(raw: bytes, source: dict | None, salt: str) -> str:
    """The cache key of one article: its bytes, its sources.csv row and the shared salt."""
    meta = json.dumps(source or {}, sort_keys=True, default=str).encode()
    return hashlib.sha256(hashlib.sha256(raw).digest() + meta + salt.encode()).hexdigest()


class ArticleCache:
    """A folder of pickled per-article results, ``<dir>/<key[:2]>/<key>.pickle``.

    ``ArticleCache(None)`` is a cache that never hits and stores nothing (for builds that must
    not touch the disk).
    """

    def __init__(self, folder: Path | None):
        self.folder = folder

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        """The stored result for ``key``, or None."""
        if self.folder is None:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (written aside, then renamed: readers never see half a file)."""
        if self.folder is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp-{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
