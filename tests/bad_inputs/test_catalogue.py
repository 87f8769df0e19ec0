"""The bad-input catalogue (cases.py) run case by case, each on a copy of raw/ and of an output
folder holding one good release. Every case checks its expected outcome and that nothing was
lost: earlier releases byte for byte, LATEST on a complete verified release, every article of the
previous release still published unless removed on purpose, no path of this machine in any
message or manifest."""

from __future__ import annotations

import re
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from pipelines.release.recovery import verify_release
from pipelines.release.version import existing_versions, read_latest
from tests.bad_inputs.cases import CASES, Case
from tests.bad_inputs.runner import Run, run_build

REPO = Path(__file__).resolve().parents[2]
CASE_TIMEOUT_S = 120

# Cases whose behaviour another branch delivers (see each case's ``owner``); they run once that
# branch is merged here, and are expected to fail until then. Empty this set when it is.
PENDING: dict[str, str] = {}
# Pending cases that would hang or take minutes without that branch's work: skipped, not run.
HANG_WITHOUT_OWNER = {"fifo", "new-oversized"}


@dataclass(frozen=True)
class Baseline:
    raw: Path
    out: Path
    version: str
    article_ids: frozenset[str]


@pytest.fixture(scope="session")
def baseline(tmp_path_factory) -> Baseline:
    root = tmp_path_factory.mktemp("catalogue")
    raw, out = root / "raw", root / "out"
    shutil.copytree(REPO / "raw", raw, ignore=shutil.ignore_patterns("gold"))
    run = run_build(raw, out)
    assert run.error is None and run.result.published, run.error
    ids = pd.read_parquet(run.result.path / "parquet" / "articles.parquet").article_id
    return Baseline(raw, out, run.result.version, frozenset(ids))


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _alarm(signum, frame):
    raise TimeoutError(f"the build did not finish in {CASE_TIMEOUT_S} s")


def _run(case: Case, raw: Path, out: Path) -> Run:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_TIMEOUT_S)
    try:
        return run_build(raw, out, **case.run_kwargs)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _params():
    for case in CASES:
        marks = []
        if case.name in PENDING:
            reason = f"needs the {case.owner} branch: {PENDING[case.name]}"
            marks = [
                pytest.mark.skip(reason=reason)
                if case.name in HANG_WITHOUT_OWNER
                else pytest.mark.xfail(reason=reason, strict=True)
            ]
        yield pytest.param(case, id=case.name, marks=marks)


def _check_error(
    case: Case, run: Run, text: str, releases: Path, latest_before: bytes | None, versions: list[str]
) -> None:
    assert run.error is not None, f"expected an error matching {case.pattern!r}; the build published {run.result}"
    assert re.search(case.pattern, text, re.IGNORECASE | re.DOTALL), text
    assert sorted(existing_versions(releases)) == versions  # nothing new published
    latest = releases / "LATEST"
    assert (latest.read_bytes() if latest.exists() else None) == latest_before


def _check_published(case: Case, run: Run, text: str, base: Baseline, releases: Path, root: Path):
    assert run.error is None, text
    version = read_latest(releases)
    assert version is not None and verify_release(releases / version) == []
    assert str(root) not in (releases / version / "manifest.json").read_text()
    now = set(pd.read_parquet(releases / version / "parquet" / "articles.parquet").article_id)
    assert base.article_ids - set(case.removed) <= now, "published articles were lost"
    if case.expect == "quarantine":
        reasons = [
            str(r.get("error") or r.get("reason"))
            for r in run.rejected
            if str(r.get("file") or r.get("path")).rstrip("/") == case.file
        ]
        assert reasons, f"{case.file} is not reported; rejected: {run.rejected}"
        assert any(re.search(case.pattern, r, re.IGNORECASE) for r in reasons), reasons


@pytest.mark.parametrize("case", _params())
def test_bad_input(case: Case, baseline: Baseline, tmp_path: Path, monkeypatch):
    # Each case is one bad input among the five seeds (20 %): the quarantine limit would stop
    # every such build first, so it is lifted here; tests/test_build.py tests the limit itself.
    monkeypatch.setenv("PLANDATA_MAX_QUARANTINE_SHARE", "1.0")
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(baseline.raw, raw, symlinks=True)
    shutil.copytree(baseline.out, out)
    releases = out / "releases"
    cleanup = case.build(raw, out)
    # what stands before the build (after the case's own changes) must stay as it is
    before = {v: snapshot(releases / v) for v in existing_versions(releases)}
    latest = releases / "LATEST"
    latest_before = latest.read_bytes() if latest.exists() else None
    try:
        run = _run(case, raw, out)
    finally:
        if callable(cleanup):
            cleanup()
    text = f"{run.error}\n{run.failure_lines}" if run.error else ""
    assert str(tmp_path) not in text, "an error message carries an absolute path"
    if case.expect == "error":
        _check_error(case, run, text, releases, latest_before, sorted(before))
    else:
        _check_published(case, run, text, baseline, releases, tmp_path)
    for version, files in before.items():
        assert snapshot(releases / version) == files, f"release {version} changed"
    if case.check:
        case.check(raw, out, run)


def test_catalogue_size_and_names():
    names = [c.name for c in CASES]
    assert len(names) >= 40 and len(set(names)) == len(names)
    assert {c.expect for c in CASES} == {"error", "quarantine", "published"}
    assert all(c.pattern for c in CASES if c.expect != "published")


def test_readme_lists_every_case():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bad-input catalogue", 1)[1].split("\n## ", 1)[0]
    missing = [c.name for c in CASES if f"`{c.name}`" not in section]
    assert not missing, f"README's Bad-input catalogue lacks {missing}"
