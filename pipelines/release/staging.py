"""The folder a release is written into before it is renamed into place:
``releases/.tmp-<version>-<pid>``.

Publishing writes each table's files into it as soon as they are made and keeps only their size
and SHA-256 (``FileInfo``), so no table's bytes stay in memory. What a failed publish leaves is
removed on the way out; what a killed one leaves is a ``.tmp-*`` leftover, which the next build's
recovery removes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipelines.release.durable import set_writable, write_chunks


@dataclass(frozen=True)
class FileInfo:
    """A release file's size and SHA-256."""

    size: int
    sha256: str

    @classmethod
    def of(cls, data: bytes) -> FileInfo:
        """The size and digest of bytes in memory."""
        return cls(len(data), hashlib.sha256(data).hexdigest())


def file_info(data: bytes | FileInfo) -> FileInfo:
    """`data`'s FileInfo (bytes are hashed)."""
    return data if isinstance(data, FileInfo) else FileInfo.of(data)


class Staging:
    """``with Staging(releases, version, stage, write) as st``: the temporary folder, created on
    entry and removed on exit unless it was renamed away. ``st.files`` holds {relative path:
    FileInfo} of every file written into it; ``stage`` is called with ``tmp_created`` and
    ``wrote <path>``; ``write(path, bytes)`` writes one file durably."""

    def __init__(
        self, releases: Path, version: str, stage: Callable[[str], None], write: Callable[[Path, bytes], None]
    ):
        self.dir = releases / f".tmp-{version}-{os.getpid()}"
        self.files: dict[str, FileInfo] = {}
        self._stage, self._write = stage, write

    def __enter__(self) -> Staging:
        self.dir.mkdir()
        self._stage("tmp_created")
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def _done(self, rel: str, info: FileInfo) -> None:
        self.files[rel] = info
        self._stage(f"wrote {rel}")

    def write(self, rel: str, data: bytes) -> None:
        """Write one file from bytes."""
        self._write(self.dir / rel, data)
        self._done(rel, FileInfo.of(data))

    def write_chunks(self, rel: str, chunks: Iterable[bytes]) -> None:
        """Write one file from byte chunks, never holding it whole."""
        size, digest = write_chunks(self.dir / rel, chunks)
        self._done(rel, FileInfo(size, digest))

    def discard(self) -> None:
        """Remove the folder, if it is still there."""
        if self.dir.is_dir():
            set_writable(self.dir, True)
            shutil.rmtree(self.dir, ignore_errors=True)
