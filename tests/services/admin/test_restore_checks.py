"""Restore checks a candidate completely before it replaces anything (issue 17): a backup that
passes integrity, revision and row counts is still refused, by name, when its schema is not
the migrations' or its record was tampered with, and the live database stays as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from db.migrate import head_revision
from db.models import Item
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.messages import MESSAGES
from evidence_app.services.admin import backup as backup_module
from evidence_app.services.admin import restore_schema
from evidence_app.services.admin.restore_checks import RestoreRefusedError
from evidence_app.services.admin.scratch_db import scratch_database
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import issue_document
from tests.documents import samples
from tests.records import add_photo, jpeg
from tests.services.rows import execute, snapshot, tamper
from tests.world import World

_LOCKOUT_RESET = {
    "sqlite": [
        "CREATE TRIGGER reset_lockout AFTER UPDATE OF failed_attempts ON app_user "
        "BEGIN UPDATE app_user SET failed_attempts = 0 WHERE id = NEW.id; END"
    ],
    "postgresql": [
        "CREATE FUNCTION reset_lockout() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.failed_attempts := 0; RETURN NEW; END $$",
        "CREATE TRIGGER reset_lockout BEFORE UPDATE ON app_user "
        "FOR EACH ROW EXECUTE FUNCTION reset_lockout()",
    ],
}


def _suffix(world: World) -> str:
    return ".db" if world.services.db.dialect == "sqlite" else ".dump"


def _schema(world: World) -> frozenset[restore_schema.SchemaObject]:
    with world.services.db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            return restore_schema.sqlite_objects(conn)
        return restore_schema.postgres_objects(conn)


def _backup_of(
    world: World, tmp_path: Path, change: Callable[[], Any], undo: Callable[[], Any]
) -> Path:
    """A backup taken while ``change`` was in effect, the live database put back after it."""
    change()
    path = tmp_path / f"candidate{_suffix(world)}"
    world.services.backup.backup(world.admin, path)
    undo()
    return path


def _refused(world: World, path: Path) -> tuple[str, str]:
    """Restore ``path``: it must be refused, the live database's rows and schema unchanged.
    Returns the refusal in Vietnamese and English."""
    world.receive("Nhận sau khi sao lưu")  # a replacement would lose it
    rows, objects = snapshot(world.services), _schema(world)
    with pytest.raises(RestoreRefusedError) as caught:
        world.services.backup.restore(world.admin, path)
    assert snapshot(world.services) == rows
    assert _schema(world) == objects
    vi, en = caught.value.message("vi"), caught.value.message("en")
    assert path.name in vi and "không bị thay đổi" in vi and "was not changed" in en
    return vi, en


def test_a_backup_with_an_extra_trigger_resetting_the_lockout_is_refused_naming_it(
    world: World, tmp_path: Path
) -> None:
    dialect = world.services.db.dialect

    def add() -> None:
        for sql in _LOCKOUT_RESET[dialect]:
            execute(world.services, sql)

    def drop() -> None:
        execute(world.services, "DROP TRIGGER reset_lockout" + ("" if dialect == "sqlite" else
                                                                " ON app_user"))  # fmt: skip
        if dialect == "postgresql":
            execute(world.services, "DROP FUNCTION reset_lockout()")

    vi, en = _refused(world, _backup_of(world, tmp_path, add, drop))
    assert "extra trigger reset_lockout" in en and "thừa trigger reset_lockout" in vi
    if dialect == "postgresql":
        assert "extra function reset_lockout()" in en


def test_a_backup_with_an_extra_view_is_refused_naming_it(world: World, tmp_path: Path) -> None:
    path = _backup_of(
        world,
        tmp_path,
        lambda: execute(world.services, "CREATE VIEW stock_copy AS SELECT id, code FROM item"),
        lambda: execute(world.services, "DROP VIEW stock_copy"),
    )
    _vi, en = _refused(world, path)
    assert "extra view stock_copy" in en


def test_a_backup_missing_an_index_is_refused_naming_it(world: World, tmp_path: Path) -> None:
    path = _backup_of(
        world,
        tmp_path,
        lambda: execute(world.services, "DROP INDEX ix_item_status"),
        lambda: execute(world.services, "CREATE INDEX ix_item_status ON item (status)"),
    )
    vi, en = _refused(world, path)
    assert "missing index ix_item_status" in en and "thiếu chỉ mục ix_item_status" in vi


def test_a_file_holding_only_the_schema_version_leaves_every_table_and_row(
    world: World, tmp_path: Path
) -> None:
    path = tmp_path / f"chỉ-phiên-bản{_suffix(world)}"
    ddl = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
    insert = f"INSERT INTO alembic_version VALUES ('{head_revision()}')"
    if world.services.db.dialect == "sqlite":
        with sqlite3.connect(path) as conn:
            conn.execute(ddl)
            conn.execute(insert)
    else:
        with scratch_database(world.services.db.url, "t") as url:
            execute_on(url, ddl, insert)
            backup_module._run(
                [backup_module._tool("pg_dump"), "--format=custom", f"--file={path}",
                 "--dbname", backup_module._libpq_url(url)],
                url,
            )  # fmt: skip
    item = world.receive("Vẫn còn sau khi từ chối")
    _vi, en = _refused(world, path)
    # The append-only guards are the first missing objects named; the rest are counted.
    assert "missing trigger attachment_append_only" in en and " more)" in en
    assert world.services.items.get(world.admin, item.id).code == item.code


def execute_on(url: Any, *statements: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for sql in statements:
                conn.execute(text(sql))
    finally:
        engine.dispose()


def test_a_backup_whose_chain_was_tampered_is_refused_naming_the_item(
    world: World, tmp_path: Path
) -> None:
    items = [world.receive(f"Điện thoại {n}") for n in range(3)]
    edit = "UPDATE custody_event SET note = :n WHERE item_id = :i AND seq = 1"
    path = _backup_of(
        world,
        tmp_path,
        lambda: tamper(world.services, edit, n="sửa", i=items[1].id),
        lambda: tamper(world.services, edit, n=None, i=items[1].id),
    )
    vi, en = _refused(world, path)
    assert f"1 broken custody chains ({items[1].code})" in en
    assert f"1 chuỗi giám sát bị phá vỡ ({items[1].code})" in vi


def test_a_backup_whose_administration_log_was_rewritten_is_refused(
    world: World, tmp_path: Path
) -> None:
    """Issue 17: a backup in which a role grant was rewritten (the second event: who was made
    what) does not come back."""
    edit = "UPDATE admin_event SET subject = :s WHERE seq = 2"
    with world.services.db.engine.connect() as conn:
        subject = conn.execute(text("SELECT subject FROM admin_event WHERE seq = 2")).scalar_one()
    path = _backup_of(
        world,
        tmp_path,
        lambda: tamper(world.services, edit, s="u-gia-mao"),
        lambda: tamper(world.services, edit, s=subject),
    )
    vi, en = _refused(world, path)
    assert "the administration log is broken at event 2" in en
    assert "nhật ký quản trị bị phá vỡ tại sự kiện thứ 2" in vi


def test_a_backup_whose_item_status_disagrees_with_its_chain_is_refused(
    world: World, tmp_path: Path
) -> None:
    item = world.receive("Xe máy")
    status = "UPDATE item SET status = :s WHERE id = :i"
    path = _backup_of(
        world,
        tmp_path,
        lambda: tamper(world.services, status, s="released", i=item.id),
        lambda: tamper(world.services, status, s=item.status.value, i=item.id),
    )
    _vi, en = _refused(world, path)
    assert f"1 items whose status or place differs from their custody chain ({item.code})" in en


def test_a_backup_whose_document_pdf_changed_is_refused_naming_the_document(
    world: World, tmp_path: Path
) -> None:
    item = world.receive("Xe máy Honda Wave")
    with unit_of_work(world.services.db) as session:
        rows = session.scalars(select(Item).where(Item.id == item.id)).all()
        doc = issue_document(
            session, world.keeper.user_id, DocumentKind.HANDOVER_MINUTES, samples.minutes(),
            case_id=world.case.id, items=rows,
        )  # fmt: skip
        doc_id, number, pdf = doc.id, doc.number, bytes(doc.pdf or b"")
    swap = "UPDATE document SET pdf = :b WHERE id = :d"
    path = _backup_of(
        world,
        tmp_path,
        lambda: tamper(world.services, swap, b=pdf.replace(b"%PDF", b"%PDF "), d=doc_id),
        lambda: tamper(world.services, swap, b=pdf, d=doc_id),
    )
    _vi, en = _refused(world, path)
    assert f"1 documents no longer match their printed verification codes ({number})" in en


def test_a_backup_whose_photo_bytes_changed_is_refused_naming_the_attachment(
    world: World, tmp_path: Path
) -> None:
    item = world.receive("Két sắt")
    data = jpeg()
    attachment = add_photo(world.services, item.id, data)
    swap = "UPDATE attachment SET content = :b WHERE id = :a"
    path = _backup_of(
        world,
        tmp_path,
        lambda: tamper(world.services, swap, b=jpeg((0, 0, 0)), a=attachment),
        lambda: tamper(world.services, swap, b=data, a=attachment),
    )
    _vi, en = _refused(world, path)
    assert f"1 attachments whose bytes differ from their recorded hash (#{attachment})" in en


def test_a_good_backup_with_documents_and_photos_restores(world: World, tmp_path: Path) -> None:
    item = world.receive("Két sắt")
    add_photo(world.services, item.id, jpeg())
    path = tmp_path / f"good{_suffix(world)}"
    world.services.backup.backup(world.admin, path)
    saved = snapshot(world.services)
    world.receive("Nhận sau khi sao lưu")
    world.services.backup.restore(world.admin, path)
    # The backup's rows, but the time of the backup, written after the copy was taken.
    restored = snapshot(world.services)
    assert {k: r for k, r in restored.items() if k != "setting"} == {
        k: r for k, r in saved.items() if k != "setting"
    }
    if world.services.db.dialect == "sqlite":
        live = Path(str(world.services.db.url.database))
        assert not list(live.parent.glob(f".{live.name}.restoring-*"))  # the stage is gone


def test_every_schema_kind_and_change_has_a_text_in_both_languages() -> None:
    kinds = set(restore_schema.PG_KINDS) | {"table", "index", "trigger", "view"}
    for key in [f"restore.kind.{k}" for k in kinds] + [
        f"restore.change.{c}" for c in ("missing", "extra", "changed")
    ]:
        vi, en = MESSAGES[key]
        assert vi and en, key
