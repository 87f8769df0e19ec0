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


def cache_dir() -> str | None:
    """``PLANDATA_CACHE_DIR`` (a folder, or ``off``), else None (the build uses ``<output>/cache``)."""
    return os.environ.get("PLANDATA_CACHE_DIR") or None


def batches() -> int:
    """How many batches the per-article work is split into (``PLANDATA_BATCHES``, default twice
    the cores this process may use: two rounds of steps on the multiprocess executor, each step
    paying its start once): each batch is one step that an executor runs in its own process,
    pod or worker."""
    return max(1, int(os.environ.get("PLANDATA_BATCHES") or 2 * len(os.sched_getaffinity(0))))
