"""The forked helper publishing uses to write the workbook beside the GX validation."""

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


def test_a_failure_in_the_child_is_raised_with_its_traceback():
    with pytest.raises(ForkedError, match="invalid literal for int"):
        Forked(int, "x").result()


def test_cancel_stops_a_running_child():
    started = time.monotonic()
    job = Forked(time.sleep, 60)
    job.cancel()
    assert time.monotonic() - started < 30
