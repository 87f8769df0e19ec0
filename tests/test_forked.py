"""The child processes publishing runs beside its own work (Great Expectations' validation)."""

import gc
import os
import time

import pytest

from pipelines.release.forked import Forked, ForkedError


def _pid_and_len(values: list[int]) -> tuple[int, int]:
    return os.getpid(), len(values)


def test_runs_in_another_process_and_returns_the_value():
    pid, n = Forked(_pid_and_len, list(range(1000))).result()
    assert n == 1000
    assert pid != os.getpid()


def test_a_fresh_interpreter_gets_only_its_arguments():
    pid, n = Forked(_pid_and_len, list(range(10)), fresh=True).result()
    assert (n, pid != os.getpid()) == (10, True)


def test_the_parent_garbage_collector_is_not_left_frozen():
    # the objects are frozen only while the child is forked (so its GC leaves their pages shared)
    before = gc.get_freeze_count()
    assert Forked(len, [1, 2]).result() == 2
    assert gc.get_freeze_count() == before


def test_a_failure_in_the_child_is_raised_with_its_traceback():
    with pytest.raises(ForkedError, match="invalid literal for int"):
        Forked(int, "x").result()


def test_cancel_stops_a_running_child():
    started = time.monotonic()
    job = Forked(time.sleep, 60)
    job.cancel()
    assert time.monotonic() - started < 30


def test_a_warm_child_imports_first_then_runs_the_work_it_is_given():
    job = Forked.warm("json")
    job.give(_pid_and_len, [1, 2, 3])
    pid, n = job.result()
    assert (n, pid != os.getpid()) == (3, True)
    with pytest.raises(RuntimeError, match="already has its work"):
        job.give(len, [1])


def test_a_warm_child_given_no_work_is_cancelled_cleanly():
    job = Forked.warm("json")
    with pytest.raises(RuntimeError, match="given no work"):
        job.result()
    job.cancel()


def _main_and_pool() -> tuple[bool, str]:
    import sys

    import pyarrow as pa

    return "tests.marker_main" in sys.modules, pa.default_memory_pool().backend_name


def test_a_fresh_child_does_not_import_the_callers_main_and_uses_the_system_allocator(tmp_path):
    """A spawned interpreter would import the caller's main module again (in the build: the Dagster
    command); ours get only their function's module, and pyarrow's system allocator."""
    import subprocess
    import sys
    import textwrap

    from tests.conftest import REPO

    (tmp_path / "main.py").write_text(
        textwrap.dedent("""
            import sys
            sys.modules["tests.marker_main"] = sys.modules[__name__]  # what the main imported
            from pipelines.release.forked import Forked
            from tests.test_forked import _main_and_pool
            if __name__ == "__main__":
                print(Forked(_main_and_pool, fresh=True).result())
        """),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, str(tmp_path / "main.py")],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "(False, 'system')", out.stderr


def test_a_warm_child_takes_its_work_while_it_still_imports(tmp_path, monkeypatch):
    """Handing over megabytes must not wait for the child's imports: the parent goes on writing
    the release's files meanwhile."""
    import threading

    gate = tmp_path / "gate"
    # a module whose import waits until the gate file exists (a stand-in for a slow import)
    (tmp_path / "import_gate.py").write_text(
        f"import pathlib, time\nwhile not pathlib.Path({str(gate)!r}).exists():\n    time.sleep(0.05)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))  # the spawned child gets the caller's sys.path
    child = Forked.warm("import_gate")
    given = threading.Thread(target=child.give, args=(len, b"x" * 10_000_000), daemon=True)
    given.start()
    given.join(timeout=20)
    handed_over = not given.is_alive()
    gate.touch()  # the import ends
    assert handed_over
    assert child.result() == 10_000_000


def _has_module(name: str) -> bool:
    import sys

    return name in sys.modules


def test_a_forked_warm_child_shares_what_the_caller_imported():
    """Great Expectations' child is forked: it starts with the caller's modules (a spawned one
    would not have this test module's imports) and still imports its own preload."""
    import tests.helpers.sample_tables  # noqa: F401  (imported here, in the caller, only)

    job = Forked.warm("json", fresh=False)
    job.give(_has_module, "tests.helpers.sample_tables")
    assert job.result() is True
    spawned = Forked.warm("json")
    spawned.give(_has_module, "tests.helpers.sample_tables")
    assert spawned.result() is False


def test_a_forked_warm_child_stops_when_its_parent_dies_before_giving_work(tmp_path):
    """The forked child must not hold the parent's end of the pipe: a parent killed before it
    gave the work (a build killed while publishing) leaves no child behind."""
    import signal
    import subprocess
    import sys
    import textwrap

    pid_file = tmp_path / "child.pid"
    code = textwrap.dedent(
        f"""
        import os, signal, time
        from pipelines.release.forked import Forked
        job = Forked.warm("json", fresh=False)
        open({str(pid_file)!r}, "w").write(str(job._proc.pid))
        time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGKILL
    child = int(pid_file.read_text())
    for _ in range(100):
        if not os.path.exists(f"/proc/{child}") or " Z " in open(f"/proc/{child}/stat").read():
            break
        time.sleep(0.1)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the forked child outlived its parent")
