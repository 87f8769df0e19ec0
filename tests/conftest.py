"""Shared fixtures: the repository's raw inputs, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "raw"


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


@pytest.fixture(scope="session")
def units(lex):
    """The unit table the indicator rules derive from the curated lexicons."""
    from pipelines.extract.indicators import unit_table

    return unit_table(lex)
