"""The `plandata` command.

    plandata validate RELEASE_DIR   check a downloaded release (no raw/ needed): checksums, the
                                    data package, CSV against Parquet, every table's schema, keys,
                                    quote == span and the Great Expectations suites; one line per
                                    failure, exit status 1 when anything fails.

RELEASE_DIR is a release folder (`.../releases/v2026.12.02`) or an output folder holding
`releases/LATEST`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def resolve_release(path: Path) -> Path:
    """The release folder `path` names: itself, or the one `path/releases/LATEST` (or
    `path/LATEST`) names."""
    for latest in (path / "releases" / "LATEST", path / "LATEST"):
        if latest.is_file():
            return latest.parent / latest.read_text(encoding="utf-8").strip()
    return path


def validate(release_dir: str) -> int:
    """Run every check on the release and print one line per failure; returns the exit status
    (0 valid, 1 failures, 2 not a release folder)."""
    from pipelines.quality.release_check import check_release

    release = resolve_release(Path(release_dir))
    if not release.is_dir():
        print(f"plandata validate: {release} is not a folder", file=sys.stderr)
        return 2
    failures = check_release(release)
    for f in failures:
        print(f"FAIL {f.line()}")
    if failures:
        print(f"release {release.name}: {len(failures)} failure(s)")
        return 1
    print(
        f"release {release.name}: valid (checksums, data package, csv = parquet, schemas, keys, quotes, expectations)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `plandata` console script."""
    parser = argparse.ArgumentParser(prog="plandata", description="Vietnam plan-indicators dataset tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    val = sub.add_parser("validate", help="validate a downloaded release folder")
    val.add_argument("release_dir", help="a release folder, or an output folder with releases/LATEST")
    args = parser.parse_args(argv)
    if args.command == "validate":
        return validate(args.release_dir)
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
