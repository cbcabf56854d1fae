"""Custody events, stored documents, attachments and administrators' events cannot be
changed through SQL by the application's own connection, on SQLite and on PostgreSQL
(db/append_only.py, migrations 0010 and 0011).
"""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.append_only import APPEND_ONLY_TABLES, MESSAGE, create_guards, drop_guards, guard_names
from evidence_app.services.core.verify import verify_chains
from tests.records import add_document_event, add_photo, jpeg
from tests.services.rows import snapshot, tamper
from tests.world import World


@pytest.fixture
def world_with_record(world: World) -> World:
    """An item with its events, a document an event cites, a photo's bytes."""
    item = world.receive("Xe máy Honda Wave")
    add_document_event(world.services, item.id, "12/BB-THADS", world.keeper.user_id)
    add_photo(world.services, item.id, jpeg())
    return world


STATEMENTS = [
    pytest.param("UPDATE custody_event SET note = 'sửa lén'", id="event-update"),
    pytest.param("UPDATE custody_event SET seq = seq + 100", id="event-reorder"),
    pytest.param("DELETE FROM custody_event", id="event-delete"),
    pytest.param("DELETE FROM custody_event WHERE seq = 2", id="event-delete-one"),
    pytest.param("UPDATE document SET content = content || ' '", id="document-content"),
    pytest.param("UPDATE document SET pdf = NULL, pdf_sha256 = ''", id="document-bytes"),
    pytest.param("DELETE FROM document", id="document-delete"),
    pytest.param("UPDATE attachment SET size = size + 1", id="attachment-update"),
    pytest.param("DELETE FROM item_photo; DELETE FROM attachment", id="attachment-delete"),
    pytest.param("UPDATE admin_event SET subject = 'khac'", id="admin-update"),
    pytest.param("DELETE FROM admin_event", id="admin-delete"),
]


@pytest.mark.parametrize("sql", STATEMENTS)
def test_the_applications_connection_cannot_update_or_delete_the_record(
    world_with_record: World, sql: str
) -> None:
    services = world_with_record.services
    before = snapshot(services)
    with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
        for statement in sql.split("; "):
            conn.execute(text(statement))
    assert "append-only" in str(refused.value)
    assert snapshot(services) == before
    assert verify_chains(services.db, world_with_record.admin).intact


def test_the_refusal_says_why_in_both_languages(world_with_record: World) -> None:
    services = world_with_record.services
    with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM custody_event"))
    assert MESSAGE in str(refused.value)
    assert "custody_event" in str(refused.value)


def test_appending_stays_allowed(world_with_record: World) -> None:
    """The services' own work: receiving and moving append events, documents are issued."""
    world = world_with_record
    item = world.receive("Điện thoại Samsung")
    world.services.items.move(world.keeper, item.id, world.shelf_b.id)
    add_document_event(world.services, item.id, "13/BB-THADS", world.keeper.user_id)
    assert verify_chains(world.services.db, world.admin).intact


def test_every_table_is_guarded_in_a_migrated_database(world: World) -> None:
    with world.services.db.engine.connect() as conn:
        names = guard_names(conn)
    # SQLite: one trigger for UPDATE, one for DELETE; PostgreSQL: one per row, one for TRUNCATE.
    assert len(names) == 2 * len(APPEND_ONLY_TABLES)
    for table in APPEND_ONLY_TABLES:
        assert any(name.startswith(f"{table}_append_only") for name in names)


def test_the_guards_can_be_dropped_and_created_again(world_with_record: World) -> None:
    """The migration's downgrade and upgrade; and only the owner lifting them can tamper."""
    services = world_with_record.services
    with services.db.engine.begin() as conn:
        drop_guards(conn)
        assert guard_names(conn) == set()
        create_guards(conn)
        create_guards(conn)  # twice: idempotent
    assert tamper(services, "UPDATE custody_event SET note = 'x' WHERE seq = 1") >= 1
    assert not verify_chains(services.db, world_with_record.admin).intact
    with pytest.raises(DBAPIError), services.db.engine.begin() as conn:
        conn.execute(text("UPDATE custody_event SET note = 'y'"))


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(world_with_record: World) -> None:
    services = world_with_record.services
    if services.db.dialect != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    before = snapshot(services)
    with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
        conn.execute(text("TRUNCATE custody_event CASCADE"))
    assert "append-only" in str(refused.value)
    assert snapshot(services) == before
