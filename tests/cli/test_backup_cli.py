"""``backup`` and ``restore`` as an administrator runs them: a real process each time."""

from __future__ import annotations

from pathlib import Path

from evidence_app.services.facade import Services
from tests.cli.test_cli import run
from tests.world import World


def test_backup_then_restore_from_the_command_line(
    world: World, db_url: str, tmp_path: Path
) -> None:
    world.receive("Két sắt")
    world.services.close()
    target = tmp_path / "kho.backup"
    done = run("backup", "--db", db_url, "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert "kho.backup" in done.stdout and "dòng" in done.stdout
    world.receive("Nhận sau sao lưu")
    world.services.close()
    done = run("restore", "--db", db_url, "--from", str(target), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Restored from" in done.stdout
    if db_url.startswith("sqlite"):
        assert "Safety copy" in done.stdout
    services = Services.open(db_url, migrate=False)
    try:
        assert services.backup.counts()["item"] == 1
    finally:
        services.close()
    verified = run("verify", "--db", db_url)
    assert verified.returncode == 0, verified.stderr


def test_restore_refuses_a_bad_file_in_one_line(world: World, db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "hỏng.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    world.services.close()
    for source, expected in ((bad, "hỏng.db"), (tmp_path / "không-có.db", "không-có.db")):
        done = run("restore", "--db", db_url, "--from", str(source))
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0] and "Traceback" not in done.stderr


def test_backup_to_a_folder_that_cannot_exist_fails_in_one_line(
    db_url: str, tmp_path: Path
) -> None:
    blocker = tmp_path / "tệp"
    blocker.write_text("x")
    done = run("backup", "--db", db_url, "--out", str(blocker / "b.db"), "--lang", "en")
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Cannot write" in done.stderr
    done = run("backup", "--db", db_url)
    assert done.returncode == 2 and "--out" in done.stderr


def test_restore_refuses_a_backup_with_an_extra_view_in_one_line_naming_it(
    world: World, db_url: str, tmp_path: Path
) -> None:
    from tests.services.rows import execute

    execute(world.services, "CREATE VIEW stock_copy AS SELECT id, code FROM item")
    target = tmp_path / "kho.backup"
    world.services.backup.backup(world.admin, target)
    execute(world.services, "DROP VIEW stock_copy")
    item = world.receive("Nhận sau sao lưu")
    world.services.close()
    done = run("restore", "--db", db_url, "--from", str(target), "--lang", "en")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "extra view stock_copy" in lines[0], done.stderr
    assert "The database in use was not changed" in lines[0]
    services = Services.open(db_url, migrate=False)
    try:
        assert services.items.get(world.admin, item.id).code == item.code
    finally:
        services.close()
