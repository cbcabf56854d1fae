"""Worker processes die with the process that started them, even by SIGKILL: by the kernel
(Linux) and by their own thread watching the parent (every system)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import ROOT

PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing

from evidence_app.services.core import workers


def thread_only(parent_pid):
    workers._kernel_kills_on_parent_death = lambda: None  # only the watching thread is left
    workers.die_with_parent(parent_pid)


def busy(seconds):
    time.sleep(seconds)
    return os.getpid()


if __name__ == "__main__":
    if sys.argv[1] == "kernel":
        pool = workers.process_pool(2)
    else:
        pool = ProcessPoolExecutor(
            2, multiprocessing.get_context("spawn"), thread_only, (os.getpid(),)
        )
    pids = {pool.submit(busy, 0.5).result() for _ in range(8)}
    for _ in range(2):
        pool.submit(busy, 600)  # at work when the parent is killed
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; it only waits to be reaped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("guard", ["kernel", "thread"])
def test_workers_end_within_moments_of_their_parent_killed(guard: str, tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout, whatever is installed
    parent = subprocess.Popen(
        [sys.executable, str(script), guard],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert parent.stdout is not None
    try:
        pids = [int(p) for p in parent.stdout.readline().split()]
        assert pids and all(_alive(p) for p in pids)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        parent.stdout.close()
    deadline = time.monotonic() + 5
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [p for p in pids if _alive(p)] == []
