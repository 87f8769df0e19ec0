"""Vocabulary belongs in the curated tables (``raw/curation/``), not in Python literals.

Fails when a string literal in a module under ``pipelines/extract`` or ``pipelines/ingest``
holds a Vietnamese letter with a diacritic ("đến", "năm", and their folded forms "đên",
"tơi"). Docstrings and comments may use Vietnamese freely (examples). Regex character classes
(``[a-zđ]``, ``[A-ZĐÀ-Ỹ]``) name letters, not words, and are structural. Anything else must be
on the reviewed allow-list below, with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipelines/extract", "pipelines/ingest")
VIETNAMESE = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
CHAR_CLASS = re.compile(r"(?<!\\)\[(?:\\.|[^\]\\])*\]")

# Reviewed exceptions: (module path, literal) -> why it is not vocabulary.
ALLOWED = {
    ("pipelines/text/fold.py", "đ"): "transliteration of the letter đ for ASCII slugs (ids, address words), not a word",
    ("pipelines/extract/objectives.py", "đ"): "the list-marker letter after d ('d)', 'đ)', 'e)'), not a word",
}


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def vocabulary_literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module (docstrings excepted) with a Vietnamese letter outside a
    regex character class.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "m.py"
    >>> _ = p.write_text('\"\"\"Ví dụ: đến năm.\"\"\"\\nA = r"[a-zđ]\\\\s+"\\nB = r"(?:đên|tơi)"  # đến\\n')
    >>> vocabulary_literals(p)
    [(3, '(?:đên|tơi)')]
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            if VIETNAMESE.search(CHAR_CLASS.sub("", node.value)):
                found.append((node.lineno, node.value))
    return sorted(found)


MODULES = sorted(p for pkg in PACKAGES for p in (ROOT / pkg).glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_vietnamese_words_in_string_literals(path: Path) -> None:
    rel = path.relative_to(ROOT).as_posix()
    bad = [(line, lit) for line, lit in vocabulary_literals(path) if (rel, lit) not in ALLOWED]
    assert not bad, (
        f"{rel}: Vietnamese words in string literals {bad}; curate them in raw/curation/ "
        "(see raw/curation/README.md, 'Cue words in code')"
    )


def test_allow_list_entries_still_exist() -> None:
    """A stale allow-list entry hides nothing and should be removed."""
    for rel, literal in ALLOWED:
        assert (ROOT / rel).exists() and literal in [lit for _, lit in vocabulary_literals(ROOT / rel)], rel


def test_guard_catches_a_folded_cue(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\nX = re.compile(r"(?:trươc|châm nhât)\\s+$")\n', encoding="utf-8")
    assert vocabulary_literals(module) == [(2, r"(?:trươc|châm nhât)\s+$")]
