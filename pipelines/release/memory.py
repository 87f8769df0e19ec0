"""Give the memory a finished step freed back to the operating system.

Publishing makes large short-lived objects one after another (a table's Parquet and CSV bytes, the
CHANGELOG diff's columns). Python frees them, but glibc's allocator keeps the freed pages of its
heap unless asked (``malloc_trim``), so the process's resident size would stay at the high-water
mark of every step before. Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_freed_memory() -> None:
    """Collect garbage, then return the allocator's free pages to the operating system."""
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
