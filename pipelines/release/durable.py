"""Durable file operations for publishing: fsynced writes, directory syncs, read-only releases and
the atomic replacement of ``LATEST``."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
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


def write_chunks(path: Path, chunks: Iterable[bytes]) -> tuple[int, str]:
    """Write the byte chunks to ``path`` one after another (parents created), fsync it; returns its
    size and SHA-256 hex digest, so the file's bytes are never held whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    with open(path, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
            digest.update(chunk)
            size += len(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    return size, digest.hexdigest()


def file_sha256(path: Path) -> str:
    """SHA-256 hex digest of a file, read in blocks."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
