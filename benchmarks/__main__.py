"""``python -m benchmarks [--n N]``: the build at scale, against the floor.

1. writes N synthetic articles (``benchmarks.corpus``) into a temporary raw/ with the
   repository's curated tables;
2. measures the floor (read the files, NFC-normalise, one regex);
3. builds them with the README's command (``python -m pipelines.build_release``) into a
   temporary output/: wall time, seconds per step, peak memory, cores busy in extraction;
4. adds one article and rebuilds (the cache serves the others);
5. builds the five seed articles from scratch, the yardstick for step 4.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import REPO, floor_seconds, write_corpus
from benchmarks.measure import build


def _step_lines(steps: dict) -> list[str]:
    batches = {k: v for k, v in steps.items() if "ingest_extract_batch[" in k}
    lines = [f"    {k:<45} {v['seconds']:8.2f} s" for k, v in steps.items() if k not in batches]
    if batches:
        secs = [v["seconds"] for v in batches.values()]
        lines.append(
            f"    {'core_rule_rows.ingest_extract_batch[*]':<45} {sum(secs):8.2f} s in {len(secs)} steps "
            f"(longest {max(secs):.2f} s)"
        )
    return lines


def batch_ms_per_article(steps: dict, n: int) -> float:
    """The ingest-and-extract steps' time summed over the batches, per article (milliseconds): the
    figure to watch when rules change (about 30 ms at N = 10,000 on this machine in December 2026)."""
    return 1000 * sum(v["seconds"] for k, v in steps.items() if "ingest_extract_batch[" in k) / max(n, 1)


def _report(name: str, m: dict, floor: float | None = None) -> str:
    lines = [
        f"{name}: {m['wall_s']:.1f} s wall" + (f", {m['wall_s'] / floor:.1f}x the floor" if floor else ""),
        f"  peak memory: process tree {m['peak_tree_pss_mb']:.0f} MiB (PSS), largest process {m['max_process_rss_mb']:.0f} MiB",
        f"    at the peak: {', '.join(f'{role} {mb}' for mb, role in m['peak_processes_mb'])} MiB (PSS), "
        f"while {', '.join(m['peak_during']) or 'no step'} ran",
        f"  CPU: {m['cpu_s']:.1f} s"
        + (
            f"; cores busy during extraction: {m['busy_cores_in_extraction']:.2f}"
            if m["busy_cores_in_extraction"]
            else ""
        ),
        "  peak memory while each step ran (process tree, PSS): "
        + ", ".join(f"{k} {v:.0f}" for k, v in sorted(m.get("peak_by_step_mb", {}).items(), key=lambda kv: -kv[1]))
        + " MiB",
        "  seconds per step:",
        *_step_lines(m["steps"]),
    ]
    return "\n".join(lines)


FLOOR_MULTIPLE = 20
PEAK_LIMIT_MIB = 1024
ADD_ONE_MULTIPLE = 2.0


def target_lines(r: dict) -> list[str]:
    """Issue 9's targets against the figures of one run `r` (``run``'s result), one line each,
    "met" or "not met" (cores count as busy at 90 % of them or more), and what the floor target leaves per article once the build's fixed
    cost (the five seeds' build from scratch, which holds Dagster's and Great Expectations'
    start-up) is paid: ``target_lines({"n": 10000, "floor_s": 0.65, ...})[0]`` reads
    "full build 141.8 s, target 20 x floor = 13.0 s: not met"."""
    full, add_one, seeds = r["full"]["wall_s"], r["add_one"]["wall_s"], r["seeds"]["wall_s"]
    budget = FLOOR_MULTIPLE * r["floor_s"]
    peak = max(r["full"]["peak_tree_pss_mb"], r["add_one"]["peak_tree_pss_mb"])
    busy = r["full"]["busy_cores_in_extraction"] or 0.0
    ratio = add_one / seeds
    left = budget - seeds
    per_article = (
        f"{1000 * left / max(r['n'], 1):.2f} ms of wall time per article"
        if left > 0
        else "nothing: the seeds alone exceed it"
    )

    def verdict(ok: bool) -> str:
        return "met" if ok else "not met"

    return [
        f"full build {full:.1f} s, target {FLOOR_MULTIPLE} x floor = {budget:.1f} s: {verdict(full <= budget)}",
        f"  the five seeds' build (fixed cost) takes {seeds:.1f} s; the target leaves {per_article}",
        f"peak memory {peak:.0f} MiB (full build and add-one), target under {PEAK_LIMIT_MIB} MiB: "
        f"{verdict(peak < PEAK_LIMIT_MIB)}",
        f"cores busy during extraction {busy:.2f} of {r.get('cores', 2)}: {verdict(busy >= 0.9 * r.get('cores', 2))}",
        f"add-one rebuild / seeds from scratch {ratio:.2f}, target at most {ADD_ONE_MULTIPLE:.0f}: "
        f"{verdict(ratio <= ADD_ONE_MULTIPLE)}",
    ]


NO_OVERRIDES = "# The seeds' record-level overrides do not apply to synthetic articles.\n[]\n"


def run(n: int, workdir: Path) -> dict:
    """Generate, build, add one, build the seeds; returns every measurement."""
    raw = workdir / "raw"
    write_corpus(raw / "articles", n)
    shutil.copytree(REPO / "raw" / "curation", raw / "curation")
    (raw / "curation" / "overrides.yaml").write_text(NO_OVERRIDES, encoding="utf-8")
    size = sum(p.stat().st_size for p in (raw / "articles").glob("*.txt"))
    floor = min(floor_seconds(raw / "articles") for _ in range(3))
    full = build(raw, workdir / "out")
    write_corpus(raw / "articles", 1, start=n)
    add_one = build(raw, workdir / "out")
    seeds = workdir / "seeds"
    shutil.copytree(REPO / "raw" / "articles", seeds / "articles")
    shutil.copytree(REPO / "raw" / "curation", seeds / "curation")
    seeds_build = build(seeds, workdir / "seeds-out")
    return {
        "n": n,
        "mb": size / 1e6,
        "floor_s": floor,
        "cores": os.cpu_count() or 1,
        "full": full,
        "add_one": add_one,
        "seeds": seeds_build,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=30, help="synthetic articles (default 30)")
    parser.add_argument("--json", type=Path, default=None, help="also write the measurements as JSON")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="plandata-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        r = run(args.n, workdir)
    print(f"corpus: {r['n']} synthetic articles, {r['mb']:.1f} MB; floor {r['floor_s']:.2f} s")
    print(_report("full build", r["full"], r["floor_s"]))
    print(
        f"  ingest and extraction: {batch_ms_per_article(r['full']['steps'], r['n']):.1f} ms of step time per article"
    )
    print(_report("add one article and rebuild", r["add_one"]))
    print(_report("five seed articles from scratch", r["seeds"]))
    print(f"add-one rebuild / seeds from scratch: {r['add_one']['wall_s'] / r['seeds']['wall_s']:.2f}")
    print("\ntargets (issue 9, item 2; meaningful at N = 10,000 on an idle machine):")
    print("\n".join("  " + line for line in target_lines(r)))
    print("\nsummary of the full build:\n" + r["full"]["summary"])
    if args.json:
        args.json.write_text(json.dumps(r, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
