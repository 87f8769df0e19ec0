"""manifest.json of a release: what was built from what, deterministic JSON."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from importlib import metadata as importlib_metadata
from pathlib import Path

from schemas.metadata import SCHEMA_VERSION

REPO_ROOT = Path(__file__).resolve().parents[2]
_LIBRARIES = ("pandas", "pyarrow", "pandera")


def code_version(repo_dir: Path = REPO_ROOT) -> str | None:
    """`git rev-parse HEAD` of the repository, with `-dirty` when it has uncommitted changes;
    None when git or the repository is unavailable."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], check=False, cwd=repo_dir, capture_output=True, text=True, timeout=10
        )
        if head.returncode != 0:
            return None
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            check=False,
            cwd=repo_dir,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return head.stdout.strip() + ("-dirty" if status.stdout.strip() else "")


def library_versions() -> dict[str, str]:
    """Versions of the libraries the table bytes depend on (Parquet embeds pyarrow's and pandas')."""
    return {name: importlib_metadata.version(name) for name in _LIBRARIES}


def _is_quarantined(entry: dict) -> bool:
    """An article set aside (kind ``quarantined``; entries without a kind: any ``.txt`` file)."""
    kind = entry.get("kind")
    return kind == "quarantined" or (kind is None and str(entry.get("file", "")).endswith(".txt"))


def build_manifest(
    *,
    version: str,
    build_date: dt.date,
    input_hashes: dict[str, str],
    row_counts: dict[str, int],
    checks: list[str],
    rejected_inputs: list[dict],
    previous_version: str | None = None,
    code_version: str | None = None,
    path_roots: list[Path] = (),
) -> dict:
    """The manifest dict: version, schema_version, built_on (date only), inputs {path: sha256},
    row_counts, checks_passed, rejected_inputs, previous_version, code_version, libraries.

    Any string in it that holds one of ``path_roots`` (the input and output folders) has that
    prefix removed, so no path of the building machine is published (``relative_paths``)."""
    return relative_paths(
        {
            "dataset": "vn-plan-indicators",
            "version": version,
            "schema_version": SCHEMA_VERSION,
            "built_on": build_date.isoformat(),
            "previous_version": previous_version,
            "code_version": code_version,
            "libraries": library_versions(),
            "inputs": dict(sorted(input_hashes.items())),
            "row_counts": dict(row_counts),
            "checks_passed": list(checks),
            "rejected_inputs": list(rejected_inputs),
            # contract 2: the articles set aside, each with its reason (a subset of rejected_inputs)
            "quarantined": [r for r in rejected_inputs if _is_quarantined(r)],
        },
        [*path_roots, REPO_ROOT],
    )


def relative_paths(value, roots: list[Path]):
    """``value`` (str, list, dict, nested) with every ``<root>/`` removed from its strings, longest
    root first, and a bare root written ``.``.

    >>> relative_paths({"error": "/srv/raw/articles/a.txt: not UTF-8"}, [Path("/srv/raw")])
    {'error': 'articles/a.txt: not UTF-8'}
    """
    if isinstance(value, str):
        for root in sorted({str(Path(r)) for r in roots if str(r) not in ("", ".", "/")}, key=len, reverse=True):
            value = value.replace(root + "/", "").replace(root, ".")
        return value
    if isinstance(value, dict):
        return {k: relative_paths(v, roots) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [relative_paths(v, roots) for v in value]
    return value


def manifest_json(manifest: dict) -> str:
    """Deterministic JSON text: sorted keys, indent 2, UTF-8 characters kept, trailing newline."""
    return json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
