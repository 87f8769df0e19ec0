"""Release version names: `vYYYY.MM.DD`, then `vYYYY.MM.DD.N` (N = 1, 2, ...) for further
releases built on the same (UTC) day."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

VERSION_RE = re.compile(r"^v(\d{4})\.(\d{2})\.(\d{2})(?:\.([1-9]\d*))?$")


def utc_today() -> dt.date:
    """Today's date in UTC (the build date a version is named after)."""
    return dt.datetime.now(dt.UTC).date()


def parse_version(version: str) -> tuple[dt.date, int]:
    """`v2026.11.22.1` -> (date(2026, 11, 22), 1); `v2026.11.22` -> (..., 0). ValueError if malformed."""
    m = VERSION_RE.match(version)
    if not m:
        raise ValueError(f"not a release version: {version!r}")
    return dt.date(int(m[1]), int(m[2]), int(m[3])), int(m[4] or 0)


def existing_versions(releases_dir: Path) -> list[str]:
    """Version directories present in `releases_dir`, oldest first (temp dirs and LATEST ignored)."""
    releases_dir = Path(releases_dir)
    if not releases_dir.is_dir():
        return []
    names = [p.name for p in releases_dir.iterdir() if p.is_dir() and VERSION_RE.match(p.name)]
    return sorted(names, key=parse_version)


def next_version(releases_dir: Path, build_date: dt.date) -> str:
    """The name for a new release built on `build_date`: `vYYYY.MM.DD` if no release of that day
    exists in `releases_dir`, else `vYYYY.MM.DD.N` with N one more than the highest used.

    Versions never go backwards: when a release newer than `build_date` exists (a clock set back,
    a pinned build date), the new version follows the newest one (`v2026.11.23` -> `v2026.11.23.1`).
    """
    versions = existing_versions(releases_dir)
    if versions and parse_version(versions[-1])[0] > build_date:
        build_date = parse_version(versions[-1])[0]
    base = f"v{build_date:%Y.%m.%d}"
    same_day = [parse_version(v)[1] for v in versions if parse_version(v)[0] == build_date]
    return base if not same_day else f"{base}.{max(same_day) + 1}"


def read_latest(releases_dir: Path) -> str | None:
    """The version named in `releases_dir/LATEST`, or None when there is no LATEST file.
    ValueError when LATEST does not hold a version name."""
    path = Path(releases_dir) / "LATEST"
    if not path.is_file():
        return None
    try:
        version = path.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError as err:
        raise ValueError(f"releases/LATEST is not text: {err}") from None
    parse_version(version)
    return version
