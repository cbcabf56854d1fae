"""Fast bulk loading for the demo: executemany on SQLite, COPY on PostgreSQL.

Bypasses the ORM on purpose: a million items through the unit of work would take an hour.
Rows are written in the formats SQLAlchemy itself reads back (see ``sql_time``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import text

from db import search
from db.engine import Database


def sql_time(moment: datetime, dialect: str) -> Any:
    """A UTC datetime as the column type stores it: naive text on SQLite, aware on PostgreSQL."""
    if dialect == "sqlite":
        return moment.replace(tzinfo=None).isoformat(" ", "microseconds")
    return moment


class BulkWriter:
    """One transaction over a raw DBAPI connection; ``close`` commits and rebuilds indexes."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.dialect = db.dialect
        with db.engine.begin() as conn:
            search.drop_index(conn)  # refilled once at the end, far faster than per row
        db.engine.dispose()  # no other connection may hold the file while the journal changes
        self.raw = db.engine.raw_connection()
        self.cursor = self.raw.cursor()
        if self.dialect == "sqlite":
            # New pages need no journal: without WAL the gigabytes are written once, not twice.
            self.cursor.execute("PRAGMA journal_mode=DELETE")
            self.cursor.execute("PRAGMA synchronous=OFF")
            self.cursor.execute("PRAGMA cache_size=-400000")
            self.cursor.execute("BEGIN")

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        names = ", ".join(columns)
        if self.dialect == "sqlite":
            marks = ", ".join("?" for _ in columns)
            self.cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
            return
        with self.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def close(self, tables_with_ids: Sequence[str]) -> None:
        """Commit, restart PostgreSQL id sequences after the explicit ids, rebuild search."""
        if self.dialect == "sqlite":
            self.cursor.execute("COMMIT")
            self.cursor.execute("PRAGMA journal_mode=WAL")
            self.cursor.execute("PRAGMA synchronous=NORMAL")
        else:
            for table in tables_with_ids:
                self.cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )
            self.raw.commit()
        self.cursor.close()
        self.raw.close()
        with self.db.engine.begin() as conn:
            search.create_index(conn)  # PostgreSQL builds the index from the rows here
            if self.dialect == "sqlite":
                search.rebuild_index(conn)  # an external-content FTS table starts empty
        if self.dialect == "postgresql":
            with self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE"))
