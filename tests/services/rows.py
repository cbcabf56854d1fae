"""Reading the database behind the services' back, to prove what a call did or did not write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from db.append_only import create_guards, drop_guards
from db.item_guard import create_item_guard, drop_item_guard
from db.models import Base, CustodyEvent
from db.transfer_guard import create_transfer_guard, drop_transfer_guard
from evidence_app.services.facade import Services


def event_count(services: Services, item_id: int) -> int:
    """Custody events stored for an item, counted in the table (not the item's counter)."""
    with services.db.engine.connect() as conn:
        query = select(func.count()).where(CustodyEvent.item_id == item_id)
        return int(conn.execute(query).scalar_one())


def snapshot(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal snapshots mean nothing was written."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    with services.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(table.select()).all()
            state[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return state


def execute(services: Services, sql: str, **params: Any) -> int:
    """Run plain SQL in its own transaction, as someone with database access could."""
    with services.db.engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def refused_by_database(services: Services, *statements: str) -> None:
    """Each plain-SQL statement fails in the database, and nothing at all is written."""
    before = snapshot(services)
    for sql in statements:
        with pytest.raises(DBAPIError), services.db.engine.begin() as conn:
            conn.execute(text(sql))
    assert snapshot(services) == before


@contextmanager
def guards_lifted(conn: Connection) -> Iterator[None]:
    """The append-only triggers out of the way for this transaction, as the tables' owner
    could (db/append_only.py): dropped and put back on SQLite; on PostgreSQL, the session's
    replication role set to ``replica``, which fires no ordinary trigger (a superuser's
    right, which the application's role does not have)."""
    if conn.dialect.name == "sqlite":
        drop_guards(conn)
        drop_item_guard(conn)
        drop_transfer_guard(conn)
        yield
        create_guards(conn)
        create_item_guard(conn)
        create_transfer_guard(conn)
    else:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        yield


def tamper(services: Services, sql: str, **params: Any) -> int:
    """Like ``execute``, on custody events, documents or attachments: the append-only
    triggers lifted first, as someone holding the file or the owner's password would."""
    with services.db.engine.begin() as conn, guards_lifted(conn):
        return conn.execute(text(sql), params).rowcount
