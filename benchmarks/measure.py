"""Run the README's build command on a raw folder and measure it: wall time, seconds per step,
peak memory of the whole process tree (sampled from /proc) and of its largest process
(getrusage), CPU seconds, and how busy the cores were during extraction."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD = [sys.executable, "-m", "pipelines.build_release"]


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants alive now."""
    tree, todo, out = _children(), [pid], []
    while todo:
        p = todo.pop()
        out.append(p)
        todo += tree.get(p, [])
    return out


def own_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used itself, not counting its children."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_pss(pid: int) -> dict[int, int]:
    """Memory (bytes) of ``pid`` and each of its descendants alive now: {pid: proportional set
    size} (PSS: a page shared by k forked processes counts 1/k in each, so forks are not counted
    twice)."""
    sizes = {}
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    sizes[p] = int(line.split()[1]) * 1024
        except OSError:
            pass
    return sizes


def process_role(pid: int) -> str:
    """What a process of the build is, from its command line: the run process
    (``pipelines.build_release``), the forkserver or a step forked from it, a fresh interpreter
    started by a step (``spawn``: the workbook, Great Expectations), or its program's name."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    for needle, role in (("build_release", "run"), ("spawn_main", "spawned"), ("forkserver", "forkserver/step")):
        if needle in cmd:
            return role
    return Path(cmd.split(" ", 1)[0]).name or "?"


def tree_rss(pid: int) -> int:
    """Memory (bytes) of ``pid`` and all its descendants: the sum of their PSS."""
    return sum(tree_pss(pid).values())


class _Sampler(threading.Thread):
    """Samples the build's process tree every 0.2 s: the peak of its summed PSS, and each
    process's own CPU seconds (the last value seen; a process that lives less than a sample is
    missed). ``getrusage(RUSAGE_CHILDREN)`` would count only the processes the build waited for,
    not the step processes its executor's fork server reaps."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()
        self.cpu: dict[tuple[int, str], float] = {}
        self.peak_at = 0.0  # wall clock (epoch seconds) of the peak
        self.peak_sizes: list[tuple[int, str]] = []  # (PSS, role) of each process at the peak, largest first
        self.samples: list[tuple[float, int]] = []  # (wall clock, summed PSS) of every sample

    def run(self) -> None:
        while not self.stop.wait(0.2):
            sizes = tree_pss(self.pid)
            self.samples.append((time.time(), sum(sizes.values())))
            if sum(sizes.values()) > self.peak:
                self.peak, self.peak_at = sum(sizes.values()), time.time()
                self.peak_sizes = sorted(((b, process_role(p)) for p, b in sizes.items()), reverse=True)
            for p in _tree(self.pid):
                cpu = own_cpu_seconds(p)
                if cpu is not None:
                    self.cpu[p, _start_time(p)] = cpu


def _start_time(pid: int) -> str:
    """A process's start time (ticks since boot): with the pid, it names the process even when
    the pid is reused."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except OSError:
        return ""


def steps_running(steps: dict, at: float) -> list[str]:
    """The steps running ``at`` seconds after the run's first event (batch steps as one name)."""
    names = {k.split("[")[0] for k, v in steps.items() if v["start"] <= at <= v["end"]}
    return sorted(names)


def peak_by_step(steps: dict, samples: list[tuple[float, int]], started: float) -> dict[str, float]:
    """The process tree's peak (MiB, PSS) while each step ran (batch steps as one name), from the
    samples (wall clock, bytes) and the run's start (wall clock)."""
    out: dict[str, float] = {}
    for key, v in steps.items():
        name = key.split("[")[0]
        during = [b for t, b in samples if v["start"] <= t - started <= v["end"]]
        if during:
            out[name] = max(out.get(name, 0.0), max(during) / 2**20)
    return out


def _busy_cores(steps: dict) -> float | None:
    """Summed seconds of the batch steps over the span from the first start to the last end."""
    spans = [v for k, v in steps.items() if "ingest_extract_batch[" in k and isinstance(v, dict)]
    if not spans:
        return None
    width = max(s["end"] for s in spans) - min(s["start"] for s in spans)
    return sum(s["end"] - s["start"] for s in spans) / width if width > 0 else None


def build(raw: Path, out: Path, env_extra: dict | None = None) -> dict:
    """Build ``raw`` into ``out`` with the README's command; returns the measurements."""
    report = out / "bench-report.json"
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PLANDATA_RAW_DIR": str(raw), "PLANDATA_OUTPUT_DIR": str(out), **(env_extra or {})}
    env.pop("DAGSTER_HOME", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*BUILD, "--report", str(report)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    sampler = _Sampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop.set()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"build failed ({proc.returncode}):\n{stdout[-4000:]}\n{stderr[-4000:]}")
    data = json.loads(report.read_text())
    steps = data["steps"]
    return {
        "wall_s": wall,
        "steps": steps,
        "summary": stdout.strip(),
        "peak_tree_pss_mb": sampler.peak / 2**20,
        "peak_processes_mb": [[round(b / 2**20), role] for b, role in sampler.peak_sizes if b >= 2**20],
        "peak_during": steps_running(steps, sampler.peak_at - data["summary"].get("run_started", sampler.peak_at)),
        "peak_by_step_mb": peak_by_step(steps, sampler.samples, data["summary"]["run_started"])
        if "run_started" in data["summary"]
        else {},
        "max_process_rss_mb": after.ru_maxrss / 1024,
        "cpu_s": sum(sampler.cpu.values()),
        "busy_cores_in_extraction": _busy_cores(steps),
    }
