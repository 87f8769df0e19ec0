"""Publishing without the slow release extras (workbook, Great Expectations quality folder, release
page), for the tests of faults: kills, recovery, bad inputs. Those extras have their own tests; a
one-line ``index.html`` stands in for them so the release still holds a file beside the tables."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pipelines.release import publish as publish_mod


def stub_extras(frames, manifest, version, build_date, files, **_kw) -> dict[str, bytes]:
    """A deterministic stand-in for ``release_extras``: the page, naming the version."""
    return {"index.html": f"<!doctype html><title>{version}</title>\n".encode()}


def stub_made(*_args, **_kw) -> dict[str, bytes]:
    """A stand-in for ``workbook_and_quality``: no workbook, no validation."""
    return {}


class NoJob:
    """A stand-in for ``QualityJob``: the stubbed extras never ask for their
    results, so no process is started for them (a fresh interpreter per publish would dominate
    these tests)."""

    def __init__(self, *args) -> None:
        pass

    def use(self, parquet) -> None:
        pass

    def start(self, version: str, *extra) -> None:
        pass

    def result(self) -> bytes:
        raise RuntimeError("the stubbed extras make no workbook and run no validation")

    def cancel(self) -> None:
        pass


def _keep_memory() -> None:
    """A stand-in for ``release_freed_memory``: nothing to collect or trim."""


@contextmanager
def without_release_extras() -> Iterator[None]:
    """Within the block ``publish_release`` adds ``stub_extras`` instead of the real extras,
    starts no validation process and skips handing freed memory back to the system (a full garbage
    collection of the test process's heap per step; it changes no byte of the release)."""
    real = getattr(publish_mod, "release_extras", None)
    real_made = publish_mod.workbook_and_quality
    real_job = publish_mod.QualityJob
    real_release_memory = publish_mod.release_freed_memory
    publish_mod.release_extras = stub_extras
    publish_mod.workbook_and_quality = stub_made
    publish_mod.QualityJob = NoJob  # type: ignore[assignment,misc]
    publish_mod.release_freed_memory = _keep_memory
    try:
        yield
    finally:
        publish_mod.release_freed_memory = real_release_memory
        publish_mod.QualityJob = real_job  # type: ignore[misc]
        publish_mod.workbook_and_quality = real_made
        if real is not None:
            publish_mod.release_extras = real
