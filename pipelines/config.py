"""Where a build reads and writes: ``PLANDATA_RAW_DIR`` and ``PLANDATA_OUTPUT_DIR`` override
the repository's ``raw/`` and ``output/``."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def raw_dir() -> Path:
    """The raw inputs folder (``raw/`` unless ``PLANDATA_RAW_DIR`` is set)."""
    return Path(os.environ.get("PLANDATA_RAW_DIR") or REPO_ROOT / "raw").resolve()


def output_dir() -> Path:
    """The output folder (``output/`` unless ``PLANDATA_OUTPUT_DIR`` is set)."""
    return Path(os.environ.get("PLANDATA_OUTPUT_DIR") or REPO_ROOT / "output").resolve()
