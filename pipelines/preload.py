"""What the multiprocess executor's forkserver imports once, before it forks a process per step.

The code location (``pipelines.definitions``: dagster, pandas, pandera, the assets) and the
modules a step process needs to open the Dagster instance (sqlite storages, sqlalchemy,
alembic: about 500 modules, 2-8 s on this machine). Without this, every step would import them
again; with it, a step process starts in a few tens of milliseconds.
"""

from __future__ import annotations

import tempfile

import dagster as dg

import pipelines.definitions  # noqa: F401  (the code location itself)


def _warm_instance_modules() -> None:
    with tempfile.TemporaryDirectory(prefix="plandata-preload-") as home:
        with dg.DagsterInstance.local_temp(tempdir=home) as instance:
            with dg.DagsterInstance.from_ref(instance.get_ref()):
                pass


_warm_instance_modules()
