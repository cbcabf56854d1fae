"""The demo is built whole or not at all: a failure or a kill at any moment, then demo again."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from db.engine import resolve_url
from db.models import Item, Setting, User
from evidence_app.domain.errors import DomainError
from evidence_app.services.demo import atomic as demo_atomic
from evidence_app.services.demo import build_demo_database
from evidence_app.services.demo import generator as demo_generator
from evidence_app.services.demo.atomic import COMPLETE_MARK
from evidence_app.services.demo.mark import DEMO_MARK, mark_demo
from evidence_app.services.facade import Services
from tests.cli.test_cli import ROOT, run
from tests.services.rows import snapshot

PASSWORD = "demo-kho-2026"


def _counts(url: str) -> tuple[int, int, set[str]]:
    services = Services.open(url, migrate=False)
    try:
        with services.db.session(read_only=True) as session:
            users = session.scalar(select(func.count(User.id))) or 0
            items = session.scalar(select(func.count(Item.id))) or 0
            marks = set(session.scalars(select(Setting.key).where(Setting.key.like("demo.%"))))
    finally:
        services.close()
    return users, items, marks


def test_a_demo_failing_half_way_leaves_nothing_and_the_next_one_succeeds(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo_generator, "demo_auctions", boom)
    services = Services.open(db_url, migrate=False)
    try:
        with pytest.raises(DomainError) as caught:
            build_demo_database(services, 300, 5, PASSWORD)
        assert caught.value.key == "demo.disk_full"  # named, not "unexpected error"
        assert "Ổ đĩa đã đầy" in caught.value.message("vi")
        assert "run demo again" in caught.value.message("en")
        users, _items, marks = _counts(db_url)
        if services.db.dialect == "sqlite":
            # The target is as it was; the hidden file being built is gone.
            assert (users, marks) == (0, set())
            folder = Path(services.db.url.database or "").parent
            assert not [p.name for p in folder.iterdir() if "demo-partial" in p.name]
        else:
            assert users > 0 and marks == {DEMO_MARK}  # half-built, and marked as such
        monkeypatch.undo()
        report = build_demo_database(services, 300, 5, PASSWORD)
    finally:
        services.close()
    assert report.items == 300
    users, items, marks = _counts(db_url)
    assert items == 300 and users == len(report.users)
    assert marks == {DEMO_MARK, COMPLETE_MARK}


#: Three chunks of ``generator.CHUNK`` items: the two worker processes are making chunks when
#: the first is written, and one is still at the third when the kill comes.
KILLED_ITEMS = 60_000
#: The demo run again after a kill: the emptying of the half-built database and a whole build
#: are what is checked, not the size (300 items took twice as long: cases grow with items).
AGAIN_ITEMS = 20


def _processes() -> dict[int, tuple[int, str, str]]:
    """Every process: its parent, its state and its start time (a reused pid is another)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # ended while we read
                continue
            table[int(entry.name)] = (int(fields[1]), fields[0], fields[19])
    return table


def _workers_of(pid: int) -> dict[int, str]:
    """The demo's descendants (its chunk workers, multiprocessing's resource tracker): start
    times by pid."""
    table = _processes()
    found: dict[int, str] = {}
    parents = {pid}
    while parents:
        children = {p for p, (ppid, _s, _t) in table.items() if ppid in parents and p not in found}
        found.update({p: table[p][2] for p in children})
        parents = children
    return found


def _spawned_workers(pids: dict[int, str]) -> list[int]:
    workers = []
    for pid in pids:
        with suppress(OSError):
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                workers.append(pid)
    return workers


def _still_running(pids: dict[int, str]) -> list[int]:
    """Those of ``pids`` still alive (a zombie has ended; it only waits to be reaped)."""
    table = _processes()
    return [
        pid
        for pid, start in pids.items()
        if pid in table and table[pid][2] == start and table[pid][1] != "Z"
    ]


def _kill_demo(db_url: str, when: str) -> dict[int, str]:
    """Start a demo of ``KILLED_ITEMS`` items, SIGKILL it once ``when`` is in its progress and
    its workers are running, and return those workers (checked ended within a few seconds)."""
    command = [sys.executable, str(ROOT / "main.py"), "demo", "--db", db_url]
    command += ["--items", str(KILLED_ITEMS), "--password", PASSWORD]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if when in line:
                break
        assert process.poll() is None, f"the demo ended before {when!r}"
        workers: dict[int, str] = {}
        deadline = time.monotonic() + 60
        while not _spawned_workers(workers) and time.monotonic() < deadline:
            workers = _workers_of(process.pid)
            time.sleep(0.05)
        assert _spawned_workers(workers), "the demo started no worker process"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stderr.close()
    deadline = time.monotonic() + 5
    while _still_running(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _still_running(workers) == [], "a worker outlived the killed demo"
    return workers


def _sessions_left(db_url: str) -> int:
    """Sessions on the database other than the one asking."""
    engine = create_engine(resolve_url(db_url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return int(
                conn.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
                or 0
            )
    finally:
        engine.dispose()


needs_proc = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the process table in /proc"
)


@needs_proc
def test_demo_killed_at_any_moment_then_run_again_builds_the_database(db_url: str) -> None:
    # Killed as its two worker processes start, before any item is written.
    _kill_demo(db_url, "vị trí trong")
    users, _items, marks = _counts(db_url)
    if db_url.startswith("sqlite"):
        assert (users, marks) == (0, set())  # the target never saw the half-built demo
    else:
        assert DEMO_MARK in marks and COMPLETE_MARK not in marks
    result = run("demo", "--db", db_url, "--items", str(AGAIN_ITEMS), "--password", PASSWORD)
    assert result.returncode == 0, result.stderr
    assert _counts(db_url)[1] == AGAIN_ITEMS
    assert run("verify", "--db", db_url).returncode == 0


@needs_proc
def test_a_demo_killed_while_its_workers_run_leaves_no_worker_behind(db_url: str) -> None:
    """Forked workers once outlived a killed demo, holding its PostgreSQL session idle in
    transaction with the half-written tables locked: the next demo hung emptying them."""
    # Killed while the first chunk is written and the workers make the next ones.
    _kill_demo(db_url, "vật chứng")  # no worker left: checked there
    if not db_url.startswith("sqlite"):
        deadline = time.monotonic() + 5
        while _sessions_left(db_url) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _sessions_left(db_url) == 0, "the killed demo's session is still open"
    # Emptied at once: no lock is left to wait on (demo.half_built_busy otherwise).
    result = run("demo", "--db", db_url, "--items", str(AGAIN_ITEMS), "--password", PASSWORD)
    assert result.returncode == 0, result.stderr
    assert _counts(db_url)[1] == AGAIN_ITEMS


def test_a_half_built_demo_another_session_holds_is_refused_in_words_not_waited_on(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite: a half-built demo is a hidden file beside the target, never emptied")
    monkeypatch.setattr(demo_atomic, "EMPTY_LOCK_SECONDS", 1)
    services = Services.open(db_url, migrate=False)
    other = create_engine(resolve_url(db_url), poolclass=NullPool)
    try:
        mark_demo(services.db, 300, 5)  # a demo stopped half-way
        with other.connect() as conn:  # an app left open on it, in the middle of a transaction
            conn.execute(text("LOCK TABLE item IN ACCESS SHARE MODE"))
            started = time.monotonic()
            with pytest.raises(DomainError) as caught:
                build_demo_database(services, 300, 5, PASSWORD)
            waited = time.monotonic() - started
    finally:
        services.close()
        other.dispose()
    assert caught.value.key == "demo.half_built_busy" and waited < 10
    assert "một kết nối khác đã giữ nó quá 1 giây" in caught.value.message("vi")
    assert "another connection held it for more than 1 s" in caught.value.message("en")
    assert _counts(db_url)[2] == {DEMO_MARK}  # left as it was, for the next run to empty


def test_a_database_with_users_and_no_items_is_left_alone_with_what_to_do(db_url: str) -> None:
    """A real agency on its first day looks like a demo stopped before the mark existed."""
    services = Services.open(db_url, migrate=False)
    try:
        services.users.create_first_admin("admin", "Nguyễn Quản Trị", PASSWORD)
        before = snapshot(services)
    finally:
        services.close()
    vi = run("demo", "--db", db_url, "--items", "300")
    en = run("demo", "--db", db_url, "--items", "300", "--lang", "en")
    assert vi.returncode == en.returncode == 1
    assert "có người dùng nhưng chưa có vật chứng" in vi.stderr
    assert "hãy xóa tệp SQLite đó" in vi.stderr and "--db khác" in vi.stderr
    assert "has users but no items" in en.stderr and "Unexpected" not in en.stderr
    services = Services.open(db_url, migrate=False)
    try:
        assert snapshot(services) == before
    finally:
        services.close()
