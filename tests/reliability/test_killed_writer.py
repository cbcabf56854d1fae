"""A writer killed with SIGKILL at random moments never leaves a damaged or half-written database.

The writer is a forked child of the test (cheap to start, so over a hundred kills fit in CI
time); it opens its own engine and runs the use cases of ``workload.USE_CASES`` at random,
until it is killed between 10 and 600 ms after it started (each writer repeats one
use case, in turn). After every kill the database must
pass ``PRAGMA integrity_check`` (SQLite), the FTS index check, the foreign keys and every
``invariants.PARTIAL_USE_CASES`` query; every tenth kill and at the end also ``verify``
(every custody chain and every document against its record).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from dataclasses import replace

import pytest
from sqlalchemy import event

from evidence_app.services.facade import Services
from tests.reliability.invariants import CheckCounts, problems
from tests.reliability.workload import USE_CASES
from tests.world import World

#: Kills per database: at least 100 on SQLite; PostgreSQL's server-side rollback gets a
#: smaller run. EVIDENCE_RELIABILITY_KILLS scales both for a longer local run.
KILLS = {"sqlite": 110, "postgresql": 30}
FULL_CHECK_EVERY = 10
SEED = int(os.environ.get("EVIDENCE_RELIABILITY_SEED", "20261125"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def _writer(url: str, world: World, seed: int, fd: int) -> None:
    """The child: its own engine, use cases at random, a marker before and after each."""
    code = 0
    try:
        services = Services.open(url, migrate=False)
        # Transaction markers: a kill after "T" and before "C"/"R" fell inside a transaction.
        for name, mark in (("begin", b"T\n"), ("commit", b"C\n"), ("rollback", b"R\n")):
            event.listen(services.db.engine, name, lambda _conn, m=mark: os.write(fd, m))
        mine = replace(world, services=services)
        rng = random.Random(seed)
        names = sorted(USE_CASES)
        # Each writer repeats one use case (in turn), so every use case is killed often,
        # fast ones too.
        name = names[seed % len(names)]
        while True:
            os.write(fd, f"B {name}\n".encode())
            USE_CASES[name](mine, rng)
            os.write(fd, f"E {name}\n".encode())
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails
        os.write(fd, f"X {type(exc).__name__}: {exc}"[:500].replace("\n", " ").encode() + b"\n")
        code = 1
    finally:
        os._exit(code)


def _read_all(fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode(errors="replace").splitlines()


@pytest.mark.slow
def test_a_writer_killed_at_random_points_leaves_a_whole_database(
    world: World, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    services = world.services
    dialect = services.db.dialect
    factor = float(os.environ.get("EVIDENCE_RELIABILITY_FACTOR", "1"))
    kills = max(1, int(KILLS[dialect] * factor))
    rng = random.Random(SEED)
    # Every use case works when left alone (else the kills would prove nothing).
    for name in sorted(USE_CASES):
        USE_CASES[name](world, rng)
    counts = CheckCounts()
    assert problems(services, counts) == []

    completed: Counter[str] = Counter()
    interrupted: Counter[str] = Counter()
    in_transaction = 0
    started = time.perf_counter()
    for n in range(kills):
        services.db.dispose()  # no connection may be shared with the child
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(read_fd)
            _writer(db_url, world, SEED + n, write_fd)
        os.close(write_fd)
        time.sleep(rng.uniform(0.01, 0.6))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        markers = _read_all(read_fd)
        os.close(read_fd)
        errors = [m for m in markers if m.startswith("X ")]
        assert not errors, errors
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        completed.update(m[2:] for m in markers if m.startswith("E "))
        cases = [m for m in markers if m[:2] in ("B ", "E ")]
        if cases and cases[-1].startswith("B "):
            interrupted[cases[-1][2:]] += 1
        transactions = [m for m in markers if m in ("T", "C", "R")]
        in_transaction += bool(transactions) and transactions[-1] == "T"
        full = (n + 1) % FULL_CHECK_EVERY == 0 or n == kills - 1
        found = problems(services, counts, full=full)
        assert found == [], f"after kill {n + 1}: {found}"
    seconds = time.perf_counter() - started

    with capsys.disabled():
        print(
            f"\n[reliability] {dialect}: {kills} kills survived in {seconds:.1f} s; "
            f"killed inside a use case {sum(interrupted.values())} times {dict(interrupted)}, "
            f"inside an open transaction {in_transaction} times; "
            f"use cases completed {dict(completed)}; checks: integrity {counts.integrity}, "
            f"partial-use-case {counts.partial}, chains {counts.chains}, "
            f"documents {counts.documents}"
        )
    assert kills >= (100 if dialect == "sqlite" and factor >= 1 else 1)
    # The kills landed inside the work, in every use case, not only between them.
    assert sum(interrupted.values()) >= kills // 2
    assert in_transaction >= kills // 4
    if factor >= 1:
        assert set(interrupted) == set(USE_CASES), interrupted
