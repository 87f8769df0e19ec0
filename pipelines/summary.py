"""The closing summary of a build: where the release is, what it holds, what was set aside and
which checks failed. Pure text from a plain dict, so it is testable without Dagster."""

from __future__ import annotations

MAX_LISTED = 20


def _release_lines(release: dict | None) -> list[str]:
    if not release:
        return ["release: none (the build stopped before publishing)"]
    if release.get("published"):
        return [f"release: {release['version']} at {release['path']}"]
    return [f"no new release: equal to {release['version']} ({release.get('reason', '')}) at {release['path']}"]


def _problem_lines(problems: list[dict]) -> list[str]:
    quarantined = [p for p in problems if p["kind"] == "quarantined"]
    refused = [p for p in problems if p["kind"] != "quarantined"]
    out = [f"articles quarantined: {len(quarantined)}" + (f"; inputs refused: {len(refused)}" if refused else "")]
    for p in (quarantined + refused)[:MAX_LISTED]:
        out.append(f"  {p['kind']} {p['file']}: {p['reason']}")
        for row in p.get("failing_rows", [])[:5]:
            out.append("    " + " | ".join(f"{k} {v}" for k, v in row.items() if v is not None))
    if len(problems) > MAX_LISTED:
        out.append(f"  ... and {len(problems) - MAX_LISTED} more (see the manifest)")
    return out


def _check_lines(failed: list[dict]) -> list[str]:
    out = []
    for c in failed:
        out.append(f"check failed: {c['name']} ({c.get('failures', '?')} failing rows)")
        out += ["  " + line for line in str(c.get("detail", "")).splitlines()[:MAX_LISTED]]
    return out


def format_summary(info: dict) -> str:
    """The summary text. ``info`` holds: ``success``; ``release`` ({version, path, published,
    reason} or None); ``rows`` {table: count}; ``problems`` (see ``pipelines.quarantine``);
    ``coded_share``; ``failed_checks`` [{name, failures, detail}]; ``errors`` [text]; ``seconds``.

    >>> print(format_summary({"success": True, "rows": {"indicators": 3}, "problems": [], "coded_share": 0.5,
    ...     "release": {"version": "v2026.12.03", "path": "out/v2026.12.03", "published": True}}))
    build succeeded
    release: v2026.12.03 at out/v2026.12.03
    rows: indicators 3
    indicators with a code: 50.0%
    articles quarantined: 0
    """
    head = "build succeeded" if info.get("success") else "BUILD FAILED"
    if info.get("seconds") is not None:
        head += f" in {info['seconds']:.1f} s"
    lines = [head, *_release_lines(info.get("release"))]
    if info.get("rows"):
        lines.append("rows: " + ", ".join(f"{t} {n}" for t, n in info["rows"].items()))
    if info.get("coded_share") is not None:
        lines.append(f"indicators with a code: {info['coded_share']:.1%}")
    lines += _problem_lines(info.get("problems") or [])
    lines += _check_lines(info.get("failed_checks") or [])
    lines += [f"error: {e}" for e in info.get("errors") or []]
    return "\n".join(lines)
