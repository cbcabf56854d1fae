"""Worker processes started fresh, and gone as soon as the process that started them is.

Why (issue 17): forked workers inherited the demo's open PostgreSQL connection, the one
writing the bulk in a single transaction. When the demo was killed (``kill -9``, a closed
terminal) the workers stayed alive, orphaned and blocked on their task queue for ever, and
their copy of the socket kept the server's session open: "idle in transaction", holding the
locks of the half-written tables, so the next demo's emptying waited on them for ever.

So the workers are *spawned*: a new interpreter that inherits no connection, engine or other
open file of the demo. And each one dies with its parent: on Linux the kernel kills it when
the parent goes (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); everywhere (Windows, macOS, and as a
second guard on Linux) a thread in the worker waits on the parent and ends the worker when it
is gone. ``PR_SET_PDEATHSIG`` fires when the *thread* that started the worker ends: use the
pool within one call on one thread (the demo does), so its workers are finished by then.

This module imports only the standard library, on purpose: a worker loads it (to run
``die_with_parent``) before anything else, so the guard is in place within a moment of the
start; the demo's own modules, loaded with the first task, take seconds on a busy machine.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_POLL_SECONDS = 1.0


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes that end when this process ends, however."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: arrange to end when the process ``parent_pid`` ends."""
    _kernel_kills_on_parent_death()
    if os.getppid() != parent_pid:  # the parent died before the kernel was asked
        os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="demo-parent-watch", daemon=True
    ).start()


def _kernel_kills_on_parent_death() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no libc prctl (an unusual libc): the thread remains
        pass


def _watch_parent(parent_pid: int) -> None:
    """End this worker once the parent is gone: its sentinel (closed or signalled when the
    parent ends, on every system) or, failing that, a changed parent pid (POSIX re-parents
    orphans; Windows never changes the pid, but there the sentinel is the parent's handle)."""
    parent = multiprocessing.parent_process()
    while True:
        if parent is not None:
            parent.join(_POLL_SECONDS)
            if not parent.is_alive():
                break
        else:
            threading.Event().wait(_POLL_SECONDS)
        if os.getppid() != parent_pid:
            break
    os._exit(1)  # no clean-up: nothing of the worker's is worth keeping without the demo
