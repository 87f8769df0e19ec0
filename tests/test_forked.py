"""The forked helper publishing uses to write the workbook beside the GX validation."""

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
