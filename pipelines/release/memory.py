"""Give the memory a finished step freed back to the operating system.

Publishing makes large short-lived objects one after another (a table's Parquet and CSV bytes, the
CHANGELOG diff's columns). Python frees them, but glibc's allocator keeps the freed pages of its
heap unless asked (``malloc_trim``), so the process's resident size would stay at the high-water
mark of every step before; pyarrow's memory pool likewise keeps what it freed until asked
(``release_unused``). Elsewhere (no glibc) only the pool is asked.

pyarrow's default pool (mimalloc) also holds on to much of what Arrow frees between batches; the
build's processes use the system allocator for Arrow instead (``use_system_allocator``), so that
``malloc_trim`` returns it. Measured on the 10,000-article release: the workbook's process peaks
at about 180 MiB instead of 244, Great Expectations' at 355 instead of 446.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
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
    """Collect garbage, then return the allocators' free pages (pyarrow's pool, when pyarrow is
    loaded, and glibc's heap) to the operating system."""
    gc.collect()
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def use_system_allocator() -> None:
    """Make the system allocator pyarrow's default memory pool in this process (and in the
    processes it forks), so that the memory Arrow frees can go back to the operating system."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())
