"""One publisher at a time: an exclusive ``fcntl.flock`` on ``releases/.lock``.

The lock file holds the holder's pid and start time, so a second build that cannot get the lock
within the timeout fails with a message naming the other one. The kernel drops the lock when its
holder dies (even by SIGKILL), so a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".lock"
DEFAULT_TIMEOUT_S = 600.0
POLL_S = 0.2


class LockTimeout(RuntimeError):
    """Another build held the releases lock for longer than the timeout."""


def lock_timeout() -> float:
    """Seconds a build waits for the lock: ``PLANDATA_LOCK_TIMEOUT`` (default 600)."""
    return float(os.environ.get("PLANDATA_LOCK_TIMEOUT") or DEFAULT_TIMEOUT_S)


def _holder(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 200).decode("utf-8", "replace").strip()
    return text or "holder unknown"


@contextmanager
def releases_lock(releases: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock on ``releases/.lock`` for the ``with`` block.

    Waits up to ``timeout`` seconds (``lock_timeout()`` when None); raises ``LockTimeout`` naming
    the holder, e.g. ``another build holds releases/.lock (pid 4242, started 2026-12-03T23:40:01Z)``.
    """
    timeout = lock_timeout() if timeout is None else timeout
    releases.mkdir(parents=True, exist_ok=True)
    fd = os.open(releases / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"another build holds releases/{LOCK_NAME} ({_holder(fd)}); "
                        f"waited {timeout:g} s; try again when it has finished"
                    ) from None
                time.sleep(POLL_S)
        started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
