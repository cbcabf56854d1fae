"""Backup and restore on both databases: every copy checked, bad files refused untouched."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from evidence_app.domain.errors import DomainError, PermissionDeniedError
from evidence_app.services.admin.backup import check_sqlite_file
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.verify import verify_chains
from tests.services.rows import execute, snapshot
from tests.world import World


def _suffix(world: World) -> str:
    return ".db" if world.services.db.dialect == "sqlite" else ".dump"


def test_backup_is_checked_and_restore_brings_the_data_back(world: World, tmp_path: Path) -> None:
    services = world.services
    for n in range(3):
        world.receive(f"Điện thoại số {n}")
    target = tmp_path / f"sao-lưu{_suffix(world)}"
    report = services.backup.backup(world.admin, target)
    assert target.is_file() and report.size_bytes > 0
    assert report.check.rows["item"] == 3 and report.check.rows["custody_event"] == 6
    assert not target.with_name(target.name + ".partial").exists()
    saved = services.backup.counts()

    world.receive("Xe máy nhận sau khi sao lưu")
    assert services.backup.counts()["item"] == 4

    restored = services.backup.restore(world.admin, target)
    counts = services.backup.counts()
    assert counts["item"] == 3
    # The restore recorded nothing of its own: the data is the backup's, table by table
    # (the setting of the backup time was written after the copy was taken).
    assert {k: c for k, c in counts.items() if k != "setting"} == {
        k: c for k, c in saved.items() if k != "setting"
    }
    assert verify_chains(services.db, SYSTEM).first_break is None
    if services.db.dialect == "sqlite":
        assert restored.safety_copy is not None
        safety = check_sqlite_file(Path(restored.safety_copy))
        assert safety.rows["item"] == 4  # the data before the restore is kept beside it
    # Still usable after the restore: new items get fresh codes.
    later = world.receive("Sau khôi phục")
    assert later.code.endswith("000004")


def _flip_page_heads(data: bytes) -> bytes:
    """Every 4 KiB block after the first with its first bytes inverted (SQLite page heads;
    inside a pg_dump archive, compressed data)."""
    damaged = bytearray(data)
    for start in range(4096, len(damaged), 4096):
        for offset in range(start, min(start + 8, len(damaged))):
            damaged[offset] ^= 0xFF
    return bytes(damaged)


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
    world: World, tmp_path: Path
) -> None:
    services = world.services
    world.receive()
    good = tmp_path / f"good{_suffix(world)}"
    services.backup.backup(world.admin, good)
    before = snapshot(services)
    data = good.read_bytes()
    bad_files = {
        "empty": b"",
        "text": "không phải bản sao lưu\n".encode(),
        "truncated": data[: len(data) // 2],
        "flipped": _flip_page_heads(data),
    }
    refused = 0
    for name, content in bad_files.items():
        path = tmp_path / f"{name}{_suffix(world)}"
        path.write_bytes(content)
        with pytest.raises(DomainError) as caught:
            services.backup.restore(world.admin, path)
        assert str(path.name) in caught.value.message("vi") or caught.value.message("vi")
        refused += 1
    with pytest.raises(DomainError) as missing:
        services.backup.restore(world.admin, tmp_path / "không-có.db")
    assert "không-có.db" in missing.value.message("vi")
    assert snapshot(services) == before
    assert refused == len(bad_files)


def test_a_backup_of_the_other_kind_is_refused(world: World, tmp_path: Path) -> None:
    other = tmp_path / "other.bin"
    if world.services.db.dialect == "sqlite":
        other.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    else:
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE t (x)")
    before = snapshot(world.services)
    with pytest.raises(DomainError) as caught:
        world.services.backup.restore(world.admin, other)
    assert "other.bin" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_a_file_of_an_unknown_schema_revision_is_refused(world: World, tmp_path: Path) -> None:
    services = world.services
    path = tmp_path / f"newer{_suffix(world)}"
    real = services.backup.check_revision()
    execute(services, "UPDATE alembic_version SET version_num = '9999'")
    services.backup.backup(world.admin, path)  # as a newer release would have written it
    execute(services, "UPDATE alembic_version SET version_num = :r", r=real)
    before = snapshot(services)
    with pytest.raises(DomainError) as caught:
        services.backup.restore(world.admin, path)
    assert "9999" in caught.value.message("vi")
    assert snapshot(services) == before


def test_only_settings_managers_back_up_and_restore(world: World, tmp_path: Path) -> None:
    path = tmp_path / f"x{_suffix(world)}"
    with pytest.raises(PermissionDeniedError):
        world.services.backup.backup(world.keeper, path)
    assert not path.exists()
    world.services.backup.backup(world.head, path)
    with pytest.raises(PermissionDeniedError):
        world.services.backup.restore(world.officer, path)


def test_the_reminder_follows_the_last_backup_and_the_configured_days(
    world: World, tmp_path: Path
) -> None:
    backups = world.services.backup
    status = backups.status()
    assert status.last_at is None and status.due
    assert "chưa được sao lưu" in status.reminder("vi")
    backups.backup(world.admin, tmp_path / f"a{_suffix(world)}")
    status = backups.status()
    assert status.days_since == 0 and not status.due and status.reminder() == ""
    later = datetime.now(UTC) + timedelta(days=8)
    assert backups.status(later).due  # default: 7 days
    assert "8 days" in backups.status(later).reminder("en")
    backups.set_reminder_days(world.admin, 30)
    assert not backups.status(later).due
    for wrong in ("0", "-1", "abc", "366", "1e3", "", "١٢"):
        before = snapshot(world.services)
        with pytest.raises(DomainError):
            backups.set_reminder_days(world.admin, wrong)
        assert snapshot(world.services) == before
    with pytest.raises(PermissionDeniedError):
        backups.set_reminder_days(world.keeper, 3)


def test_an_unreadable_stored_time_reads_as_never(world: World) -> None:
    execute(world.services, "INSERT INTO setting (key, value) VALUES ('backup.last_at', 'x')")
    assert world.services.backup.status().last_at is None


def test_backup_to_an_unwritable_place_is_one_clear_error(world: World, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DomainError) as caught:
        world.services.backup.backup(world.admin, blocker / "sub" / "b.db")
    assert "b.db" in caught.value.message("vi")
    assert world.services.backup.status().last_at is None


def test_an_older_sqlite_backup_is_migrated_after_restoring(tmp_path: Path) -> None:
    """SQLite only: the older file is made with Alembic directly (PostgreSQL runs the same
    upgrade after pg_restore)."""
    from alembic import command

    from db.migrate import alembic_config, head_revision
    from evidence_app.services.admin.backup import known_revisions
    from evidence_app.services.facade import Services

    older = sorted(known_revisions())[0]
    path = tmp_path / "cũ.db"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, older)
    engine.dispose()
    services = Services.open(f"sqlite:///{tmp_path / 'live.db'}")
    try:
        report = services.backup.restore(SYSTEM, path)
        assert report.check.revision == older != head_revision()
        assert services.backup.check_revision() == head_revision()
        assert services.backup.counts()["item"] == 0
    finally:
        services.close()
