"""The demo is built whole or not at all: a failure or a kill at any moment, then demo again."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Item, Setting, User
from evidence_app.domain.errors import DomainError
from evidence_app.services.demo import build_demo_database
from evidence_app.services.demo import generator as demo_generator
from evidence_app.services.demo.atomic import COMPLETE_MARK
from evidence_app.services.demo.mark import DEMO_MARK
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


def test_demo_killed_at_any_moment_then_run_again_builds_the_database(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL: failed once after the kill, not yet understood (issue 17)")
    # One chunk: no worker processes, which a killed parent would leave orphaned.
    command = [sys.executable, str(ROOT / "main.py"), "demo", "--db", db_url, "--items", "20000"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if "vật chứng" in line:  # the bulk is being written
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    users, _items, marks = _counts(db_url)
    if db_url.startswith("sqlite"):
        assert (users, marks) == (0, set())  # the target never saw the half-built demo
    else:
        assert DEMO_MARK in marks and COMPLETE_MARK not in marks
    result = run("demo", "--db", db_url, "--items", "300", "--password", PASSWORD)
    assert result.returncode == 0, result.stderr
    assert _counts(db_url)[1] == 300
    assert run("verify", "--db", db_url).returncode == 0


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
