"""Shared fixtures: the repository's raw inputs, loaded once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "raw"


def _shared_dir() -> Path:
    """The team's read-only ``shared/`` folder (seeds, facts, check_release.py): the
    ``PLANDATA_SHARED_DIR`` variable, else the folder beside this checkout, else the team
    machine's ``/work/shared``. Tests that need it skip when none exists."""
    candidates = [os.environ.get("PLANDATA_SHARED_DIR"), REPO.parent / "shared", "/work/shared"]
    return next((Path(c) for c in candidates if c and Path(c, "spec").is_dir()), REPO.parent / "shared")


SHARED = _shared_dir()
CHECK_RELEASE = SHARED / "tools" / "check_release.py"


@pytest.fixture(scope="session")
def lex():
    from pipelines.curation.lexicons import load_lexicons

    return load_lexicons(RAW / "curation")


@pytest.fixture(scope="session")
def seed_build():
    """The seven tables built from raw/ with overrides (as a release would hold them)."""
    from pipelines.build import build_tables

    return build_tables(RAW / "articles", RAW / "curation", apply_overrides=True)


@pytest.fixture(scope="session")
def seed_rules():
    """The seven tables built from raw/ by the rules alone (no overrides)."""
    from pipelines.build import build_tables

    return build_tables(RAW / "articles", RAW / "curation", apply_overrides=False)
