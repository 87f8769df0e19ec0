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


@contextmanager
def without_release_extras() -> Iterator[None]:
    """Within the block ``publish_release`` adds ``stub_extras`` instead of the real extras."""
    real = getattr(publish_mod, "release_extras", None)
    publish_mod.release_extras = stub_extras
    try:
        yield
    finally:
        if real is not None:
            publish_mod.release_extras = real
