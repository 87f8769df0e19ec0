"""Before a build publishes: clear what a killed build left, verify releases by their checksums,
and make ``LATEST`` name the newest complete release.

Publishing writes a release aside (``.tmp-<version>-<pid>``), renames it into place, then replaces
``LATEST``. A kill can therefore leave a temp folder (removed here) or a complete, renamed release
that ``LATEST`` does not name yet (``LATEST`` is moved to it here, after its checksums are
verified). A lost or unreadable ``LATEST`` is rebuilt from the releases present, so the history is
never cut. Every path in a message is relative to the output folder (``releases/v2026.11.22/...``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pipelines.release.durable import file_sha256, set_writable, write_latest
from pipelines.release.version import existing_versions, parse_version, read_latest


class TamperedReleaseError(RuntimeError):
    """A published release no longer matches its SHA256SUMS; the message names each file."""


def leftovers(releases: Path) -> list[Path]:
    """What killed builds left in ``releases``: ``.tmp-*`` folders and ``.LATEST.tmp-*`` files."""
    if not releases.is_dir():
        return []
    return sorted(p for p in releases.iterdir() if p.name.startswith((".tmp-", ".LATEST.tmp-")))


def remove_leftovers(releases: Path) -> list[str]:
    """Delete ``leftovers(releases)`` (call it holding the releases lock); returns their names."""
    names = []
    for p in leftovers(releases):
        if p.is_dir() and not p.is_symlink():
            set_writable(p, True)
            shutil.rmtree(p)
        else:
            p.unlink(missing_ok=True)
        names.append(p.name)
    return names


def _sums(release: Path, where: str) -> tuple[dict[str, str], list[str]]:
    sums_file = release / "SHA256SUMS"
    if not sums_file.is_file():
        return {}, [f"{where}/SHA256SUMS is missing"]
    listed, problems = {}, []
    for n, line in enumerate(sums_file.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64 or rel.startswith("/") or ".." in Path(rel).parts:
            problems.append(f"{where}/SHA256SUMS:{n}: malformed line {line!r}")
            continue
        listed[rel] = digest
    return listed, problems


def listed_sums(release: Path) -> dict[str, str]:
    """{relative path: sha256} as the release's SHA256SUMS lists them (malformed lines left out)."""
    return _sums(release, f"releases/{release.name}")[0]


def verify_release(release: Path) -> list[str]:
    """Check a release folder against its SHA256SUMS; returns one message per problem (empty when
    it holds): a file missing, changed (``sha256 differs``) or not listed, a missing SHA256SUMS."""
    where = f"releases/{release.name}"
    listed, problems = _sums(release, where)
    if not listed and problems:
        return problems
    for rel, digest in sorted(listed.items()):
        path = release / rel
        if not path.is_file() or path.is_symlink():
            problems.append(f"{where}/{rel} is missing")
        elif file_sha256(path) != digest:
            problems.append(f"{where}/{rel}: sha256 differs from SHA256SUMS (the file was changed)")
    present = {p.relative_to(release).as_posix() for p in release.rglob("*") if not p.is_dir()}
    for rel in sorted(present - set(listed) - {"SHA256SUMS"}):
        problems.append(f"{where}/{rel} is not listed in SHA256SUMS")
    return problems


def check_release(release: Path) -> None:
    """Raise ``TamperedReleaseError`` listing every problem ``verify_release`` finds."""
    problems = verify_release(release)
    if problems:
        raise TamperedReleaseError(
            f"release {release.name} fails its checksums; it was modified after "
            "publishing (restore it from a copy):\n  " + "\n  ".join(problems)
        )


def _named_latest(releases: Path, notes: list[str]) -> str | None:
    try:
        latest = read_latest(releases)
    except ValueError as err:
        notes.append(f"releases/LATEST is unreadable ({err}); rebuilt from the releases present")
        return None
    if latest is not None and not (releases / latest).is_dir():
        notes.append(f"releases/LATEST names {latest}, which does not exist; rebuilt from the releases present")
        return None
    if latest is None and existing_versions(releases):
        notes.append("releases/LATEST is missing; rebuilt from the releases present")
    return latest


def repair_latest(releases: Path, stage: Callable[[str], None] = lambda _s: None) -> tuple[str | None, list[str]]:
    """Make ``LATEST`` name the newest release present (call it holding the lock).

    Returns (the version LATEST names afterwards or None when there is no release, notes on what
    was repaired). A release newer than LATEST (a build killed after its rename) or the newest
    release when LATEST is lost is verified first; one that fails raises TamperedReleaseError.
    """
    notes: list[str] = []
    latest = _named_latest(releases, notes)
    versions = existing_versions(releases)
    newer = [v for v in versions if latest is None or parse_version(v) > parse_version(latest)]
    if not newer:
        return latest, notes
    newest = newer[-1]
    check_release(releases / newest)
    write_latest(releases, newest, stage)
    if latest is not None:
        notes.append(
            f"releases/{newest} was complete but LATEST named {latest} (a build was interrupted); "
            f"LATEST now names {newest}"
        )
    return newest, notes
