"""Durable file operations for publishing: fsynced writes, directory syncs, read-only releases and
the atomic replacement of ``LATEST``."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (parents created) and fsync it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    """fsync a directory, so the names created or renamed in it survive a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def set_writable(root: Path, writable: bool) -> None:
    """Make every file under ``root`` read-only (0444) or owner-writable again (0644)."""
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            mode = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
            os.chmod(p, mode | stat.S_IWUSR if writable else mode)


def write_latest(releases: Path, version: str, stage: Callable[[str], None] = lambda _s: None) -> None:
    """Point ``releases/LATEST`` at ``version``: write a temp file, fsync, rename over LATEST.

    ``stage`` is called after each step ("latest_written", "latest_replaced") for the kill tests.
    """
    tmp = releases / f".LATEST.tmp-{os.getpid()}"
    try:
        write_bytes(tmp, f"{version}\n".encode("ascii"))
        stage("latest_written")
        os.replace(tmp, releases / "LATEST")
        stage("latest_replaced")
        fsync_dir(releases)
    finally:
        tmp.unlink(missing_ok=True)
