"""Publishing survives a kill at any stage.

A child process publishes a changed release and SIGKILLs itself at stage k (every stage the
publisher passes: lock taken, recovery, each file written aside, sync, rename, LATEST written,
LATEST replaced, ...). After each kill the old state or the new release is fully named by LATEST;
the next publish then finishes: LATEST names a complete, checksum-verified newer release, no
``.tmp-*`` is left, every release present is reachable from LATEST and the old release is
unchanged byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipelines.release import publish as publish_mod
from pipelines.release.recovery import leftovers, verify_release
from pipelines.release.version import existing_versions, read_latest
from tests.helpers.fast_publish import without_release_extras
from tests.helpers.sample_tables import sample_tables

REPO = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 11, 22)
OLD, NEW = "v2026.11.22", "v2026.11.22.1"


def changed_tables():
    tables = sample_tables()
    ind = tables["indicators"].copy()
    ind.loc[ind["indicator_id"] == "longan-2024-qd4192-ind-02", "value_low"] = 55.0
    tables["indicators"] = ind
    return tables


def publish(tables, out: Path):
    return publish_mod.publish_release(
        tables,
        out,
        build_date=DAY,
        input_hashes={},
        checks=["all"],
        rejected_inputs=[],
        code_version="test",
        lock_timeout=5,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module", autouse=True)
def _fast_publish():
    """Pandera validation and the release extras (tested elsewhere) are most of a publish's time:
    skipped here (a stub page stands in for the extras), so that the ~35 kills and recoveries run
    in seconds."""
    real = publish_mod.validate
    publish_mod.validate = lambda name, df: None
    with without_release_extras():
        yield
    publish_mod.validate = real


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """An output folder holding one good release (OLD), and its files."""
    out = tmp_path_factory.mktemp("base")
    publish(sample_tables(), out)
    return out, snapshot(out / "releases" / OLD)


@pytest.fixture(scope="module")
def stages(tmp_path_factory, base):
    """Every stage name a publish of changed tables passes, in order."""
    out = tmp_path_factory.mktemp("stages")
    shutil.copytree(base[0], out, dirs_exist_ok=True)
    seen: list[str] = []
    publish_mod.STAGE_HOOK = seen.append
    try:
        publish(changed_tables(), out)
    finally:
        publish_mod.STAGE_HOOK = None
    return seen


def _kill_at(stage: str, out: Path) -> int:
    """Fork a child that publishes changed tables into ``out`` and SIGKILLs itself at ``stage``."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:

            def hook(name: str) -> None:
                if name == stage:
                    os.kill(os.getpid(), signal.SIGKILL)

            publish_mod.STAGE_HOOK = hook
            publish(changed_tables(), out)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    return status


def _reachable(releases: Path) -> set[str]:
    """Versions reachable from LATEST through each manifest's previous_version."""
    seen, version = set(), read_latest(releases)
    while version and version not in seen:
        seen.add(version)
        version = json.loads((releases / version / "manifest.json").read_text())["previous_version"]
    return seen


def _assert_consistent(releases: Path, old_files: dict[str, bytes], *, clean: bool) -> str:
    latest = read_latest(releases)
    assert latest in (OLD, NEW)
    assert verify_release(releases / latest) == []
    assert snapshot(releases / OLD) == old_files
    if clean:
        assert leftovers(releases) == []
        assert set(existing_versions(releases)) == _reachable(releases)
    return latest


def test_stages_cover_the_whole_publish(stages):
    assert stages[:2] == ["locked", "recovered"] and stages[-1] == "done"
    assert {"tmp_created", "tmp_synced", "renamed", "dir_synced", "latest_written", "latest_replaced"} <= set(stages)
    assert sum(s.startswith("wrote ") for s in stages) >= 19  # each table file, metadata and SHA256SUMS


def test_kill_at_every_stage_then_recover(tmp_path, base, stages):
    base_out, old_files = base
    after_kill = {}
    for k, stage in enumerate(stages):
        out = tmp_path / f"k{k}"
        shutil.copytree(base_out, out)
        status = _kill_at(stage, out)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, stage
        releases = out / "releases"
        after_kill[stage] = _assert_consistent(releases, old_files, clean=False)
        res = publish(changed_tables(), out)  # the next build finishes the job or redoes it
        assert _assert_consistent(releases, old_files, clean=True) == NEW, stage
        assert res.version == NEW and verify_release(res.path) == [], stage
    # before the LATEST rename the old release stays LATEST; after it, the new one
    assert after_kill["renamed"] == OLD and after_kill["latest_replaced"] == NEW
    assert after_kill["wrote SHA256SUMS"] == OLD


def test_kill_during_recovery_then_recover(tmp_path, base):
    """A build killed after its rename leaves an unnamed release; a second kill while the next
    build repairs LATEST still leaves a state the third build completes."""
    base_out, old_files = base
    for stage in ("latest_written", "latest_replaced", "recovered"):
        out = tmp_path / stage
        shutil.copytree(base_out, out)
        _kill_at("renamed", out)
        assert read_latest(out / "releases") == OLD and (out / "releases" / NEW).is_dir()
        status = _kill_at(stage, out)  # the repair is itself killed
        assert os.WIFSIGNALED(status), stage
        _assert_consistent(out / "releases", old_files, clean=False)
        publish(changed_tables(), out)
        assert _assert_consistent(out / "releases", old_files, clean=True) == NEW


def test_kill_in_a_fresh_process(tmp_path, base):
    """The same with a real subprocess (no fork): killed after the rename, recovered next time."""
    out = tmp_path / "out"
    shutil.copytree(base[0], out)
    script = textwrap.dedent(f"""
        import datetime as dt, os, signal
        from pathlib import Path
        from pipelines.release import publish as p
        from tests.test_publish_kill import changed_tables
        from tests.helpers.fast_publish import stub_extras, stub_made
        p.release_extras, p.workbook_and_quality = stub_extras, stub_made
        p.STAGE_HOOK = lambda s: os.kill(os.getpid(), signal.SIGKILL) if s == "renamed" else None
        p.publish_release(changed_tables(), Path({str(out)!r}), build_date=dt.date(2026, 11, 22),
                          input_hashes={{}}, checks=["all"], rejected_inputs=[], code_version="test")
    """)
    proc = subprocess.run(
        [sys.executable, "-c", script], check=False, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert read_latest(out / "releases") == OLD and (out / "releases" / NEW).is_dir()
    res = publish(changed_tables(), out)
    assert res.published is False and res.version == NEW  # recovery named it; its tables are these
    assert _assert_consistent(out / "releases", base[1], clean=True) == NEW
