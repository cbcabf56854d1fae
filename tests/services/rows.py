"""Reading the database behind the services' back, to prove what a call did or did not write."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, Table, func, select, text
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
    """Every row of every table, each table in its primary key's order: equal snapshots mean
    nothing was written (a key is unique, so the same rows always come in the same order).

    Read with the driver's own cursor, values as the driver gives them without the ORM's
    conversions, and on PostgreSQL every table in one round trip: the bad-input tests take
    two snapshots per example of a database grown to thousands of rows, and SQLAlchemy's
    rows, a sort by ``repr`` and a round trip per table were most of their time."""
    tables = Base.metadata.sorted_tables
    reads = [_READ_ALL.get(table.name) or _read_all(table) for table in tables]
    state: dict[str, list[tuple[Any, ...]]] = {}
    with services.db.engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            if conn.dialect.name == "postgresql":  # one statement, a result set per table
                cursor.execute("; ".join(reads))
                for number, table in enumerate(tables):
                    state[table.name] = cursor.fetchall()
                    assert bool(cursor.nextset()) == (number + 1 < len(tables))
            else:  # SQLite runs in this process: a statement per table costs no round trip
                for table, sql in zip(tables, reads, strict=True):
                    state[table.name] = cursor.execute(sql).fetchall()
        finally:
            cursor.close()
    return state


_READ_ALL: dict[str, str] = {}


def _read_all(table: Table) -> str:
    """``SELECT`` of the mapped columns, in the mapping's order, sorted by the primary key."""

    def quoted(names: Iterable[str]) -> str:
        return ", ".join(f'"{name}"' for name in names)

    keys = [column.name for column in table.primary_key.columns]
    assert keys, f"{table.name} has no primary key to order its rows by"
    columns = quoted(column.name for column in table.columns)
    _READ_ALL[table.name] = f'SELECT {columns} FROM "{table.name}" ORDER BY {quoted(keys)}'
    return _READ_ALL[table.name]


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
