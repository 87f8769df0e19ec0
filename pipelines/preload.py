"""What the multiprocess executor's forkserver imports once, before it forks a process per step.

The code location (``pipelines.definitions``: dagster, pandas, pandera, the assets) and the
modules a step process needs to open the Dagster instance (sqlite storages, sqlalchemy,
alembic: about 500 modules, 2-8 s on this machine). Without this, every step would import them
again; with it, a step process starts in a few tens of milliseconds. The steps' pyarrow uses the
system allocator, so that what Arrow frees goes back to the operating system
(``pipelines.release.memory.use_system_allocator``).
"""

from __future__ import annotations

import gc
import tempfile

import dagster as dg

import pipelines.definitions  # noqa: F401  (the code location itself)
from pipelines.release.memory import use_system_allocator


def _warm_instance_modules() -> None:
    with tempfile.TemporaryDirectory(prefix="plandata-preload-") as home:
        with dg.DagsterInstance.local_temp(tempdir=home) as instance:
            with dg.DagsterInstance.from_ref(instance.get_ref()):
                pass


_warm_instance_modules()
use_system_allocator()
# What is imported is never garbage: frozen, the steps' collections skip it and leave its pages
# shared with the server instead of copying them into every step process.
gc.freeze()
