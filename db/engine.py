"""Database URLs, engines and sessions for SQLite (default) and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from evidence_app.domain.errors import DatabaseUnavailableError

ENV_URL = "EVIDENCE_DB_URL"
APP_NAME = "evidence-warehouse"


def default_sqlite_path() -> Path:
    """The default database in the user data directory (created on first start)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "evidence.db"


def resolve_url(explicit: str | None = None) -> URL:
    """``--db`` wins, then ``EVIDENCE_DB_URL``, then the default SQLite file.

    A bare path is taken as a SQLite file; ``postgresql://`` gets the psycopg 3 driver.
    """
    raw = explicit or os.environ.get(ENV_URL) or ""
    if not raw:
        return make_url(f"sqlite:///{default_sqlite_path()}")
    if "://" not in raw:
        return make_url(f"sqlite:///{Path(raw).expanduser().resolve()}")
    try:
        url = make_url(raw)
    except Exception as exc:
        raise DatabaseUnavailableError(url=raw, reason=str(exc)) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailableError(url=raw, reason="sqlite:///FILE | postgresql://…")
    return url


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


#: Execution option of connections that only read: they must not take the write lock.
READ_ONLY = "evidence_read_only"


def _sqlite_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN, so a read-then-write transaction never fails on
    # the lock upgrade; readers begin deferred and never wait for (or block) a writer in WAL.
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"isolation_level": None})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A server gone away answers "refused" at once; one that vanished from the network would
    # hang a workstation for minutes without a connect timeout.
    engine = create_engine(url, pool_size=5, max_overflow=5, connect_args={"connect_timeout": 5})
    event.listen(engine.pool, "checkin", _note_idle_since)
    event.listen(engine.pool, "checkout", _ping_if_idle)
    return engine


#: A pooled PostgreSQL connection idle longer than this is pinged before use: the server may
#: have restarted or a firewall dropped it overnight. Busy connections skip the round trip
#: (pool_pre_ping would pay it on every transaction, a third of a short move's time).
IDLE_PING_SECONDS = 10.0


def _note_idle_since(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < IDLE_PING_SECONDS:
        return
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT 1")
        cursor.close()
        dbapi_connection.rollback()
    except Exception as exc:  # any failure means a dead connection
        # The pool discards this connection and checks out (or opens) another one.
        raise DisconnectionError(str(exc)) from exc


_WROTE = "evidence.wrote"


def _mark_written(session: Session, _context: Any) -> None:
    session.info[_WROTE] = True


def _mark_dml(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


@dataclass
class Database:
    """One database: its URL, engine and session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)

    #: When (``time.time()``) a transaction that wrote something last committed: the crash dialog
    #: tells the user whether the action that failed had already been saved.
    last_write: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessions, "after_flush", _mark_written)
        event.listen(self.sessions, "do_orm_execute", _mark_dml)

    @classmethod
    def open(cls, url: str | URL | None = None) -> Database:
        resolved = url if isinstance(url, URL) else resolve_url(url)
        return cls(resolved, make_engine(resolved))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        """The URL without its password, for status bars and messages."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self.sessions() as session, session.begin():
            if read_only:
                session.connection(execution_options={READ_ONLY: True})
            yield session
        if session.info.get(_WROTE):
            self.last_write = time.time()

    def read_connection(self) -> Connection:
        """A connection for long reads (verify, reports) that never holds the write lock."""
        return self.engine.connect().execution_options(**{READ_ONLY: True})

    def dispose(self) -> None:
        self.engine.dispose()
