"""Which entries of the articles folder are read, and reading one safely.

Every entry of ``raw/articles/`` is accounted for:
- ``<article_id>.txt`` regular files are articles (``article_id`` fits ``ARTICLE_ID``);
- ``sources.csv`` is the input manifest (read by ``sources.py``); ``seeds.csv`` is the seed
  provenance list (checked by the tests, not an article);
- anything else is *refused* with a reason: symbolic links (never followed, wherever they
  point), folders, named pipes, sockets and devices (never opened), other extensions, hidden
  files, and ``.txt`` names that do not fit the id rule;
- an article larger than ``max_article_bytes()`` (env ``PLANDATA_MAX_ARTICLE_BYTES``, default
  2 MB) is *quarantined* without being read.

The type of an entry is taken with ``os.lstat`` before anything opens it, and the file is
opened with ``O_NOFOLLOW | O_NONBLOCK`` and checked again with ``fstat``, so a pipe or a link
swapped in between is never read and never blocks the build.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SOURCES_NAME = "sources.csv"
# Files that live beside the articles on purpose and are not articles.
KNOWN_MANIFESTS = frozenset({SOURCES_NAME, "seeds.csv"})
MAX_BYTES_ENV = "PLANDATA_MAX_ARTICLE_BYTES"
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class UnsafeFileError(OSError):
    """An input that is not a regular file inside the folder (link, pipe, device, folder)."""


@dataclass(frozen=True)
class Entry:
    """One entry of the articles folder as listed (not followed)."""

    name: str
    path: Path
    mode: int
    size: int


def max_article_bytes() -> int:
    """The article size limit in bytes: ``PLANDATA_MAX_ARTICLE_BYTES`` or 2 MB.

    Raises ``ValueError`` naming the variable when it is not a positive integer.
    """
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    if not value.isdigit() or int(value) <= 0:
        raise ValueError(f"{MAX_BYTES_ENV}={value!r} is not a positive number of bytes")
    return int(value)


def list_entries(folder: Path) -> list[Entry]:
    """Every entry of ``folder`` (not recursive), by name, typed by ``lstat`` (links not followed)."""
    entries = []
    with os.scandir(folder) as it:
        for e in it:
            st = e.stat(follow_symlinks=False)
            entries.append(Entry(e.name, Path(e.path), st.st_mode, st.st_size))
    return sorted(entries, key=lambda e: e.name)


def list_entry(path: Path) -> Entry:
    """One path as an ``Entry``, typed by ``lstat`` (a link is not followed)."""
    st = os.lstat(path)
    return Entry(Path(path).name, Path(path), st.st_mode, st.st_size)


def refusal_of_manifest(entry: Entry) -> str | None:
    """Why a manifest entry (``sources.csv``) is not read: it is not a regular file."""
    what = _kind_of(entry.mode)
    return f"{what}: the manifest must be a regular file" if what else None


def _kind_of(mode: int) -> str | None:
    """What a non-regular entry is, in words; None for a regular file."""
    kinds = (
        (stat.S_ISLNK, "a symbolic link (links are never followed)"),
        (stat.S_ISDIR, "a folder (sub-folders are not read)"),
        (stat.S_ISFIFO, "a named pipe (never opened)"),
        (stat.S_ISSOCK, "a socket (never opened)"),
        (stat.S_ISCHR, "a character device (never opened)"),
        (stat.S_ISBLK, "a block device (never opened)"),
    )
    return next((words for test, words in kinds if test(mode)), None if stat.S_ISREG(mode) else "not a regular file")


def refusal(entry: Entry) -> str | None:
    """Why ``entry`` is not read as an article, or None when it is an article file.

    >>> refusal(Entry("Bad Name.txt", Path("Bad Name.txt"), stat.S_IFREG, 10))
    "file name 'Bad Name' does not fit the article id rule ^[a-z0-9][a-z0-9_-]{0,63}$"
    """
    what = _kind_of(entry.mode)
    if what:
        return f"{what}: only regular files inside the articles folder are read"
    if entry.name.startswith("."):
        return "a hidden file, not an article"
    stem, dot, ext = entry.name.rpartition(".")
    if not dot or ext != "txt":
        ending = f"ends in .{ext}" if dot else "has no extension"
        return f"not an article: articles are <article_id>.txt files (this name {ending})"
    if not ARTICLE_ID.match(stem):
        return f"file name {stem!r} does not fit the article id rule {ARTICLE_ID.pattern}"
    return None


def read_regular_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file (never a link, pipe or device).

    Raises ``UnsafeFileError`` for anything else, without blocking on a pipe. With ``limit``,
    reads at most ``limit + 1`` bytes (the caller compares the length with the limit).
    """
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeFileError(_kind_of(st.st_mode) or "not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        fst = os.fstat(fd)
        if not stat.S_ISREG(fst.st_mode) or (fst.st_ino, fst.st_dev) != (st.st_ino, st.st_dev):
            raise UnsafeFileError("changed while being read (no longer the regular file listed)")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read() if limit is None else fh.read(limit + 1)
    finally:
        os.close(fd)
