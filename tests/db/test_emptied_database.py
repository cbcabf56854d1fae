"""The PostgreSQL test database emptied between tests (``tests/conftest.py``, which deletes
from the tables holding rows and restarts only the sequences read) is the database a fresh
migration gives: every table empty, every sequence at its start, nothing else changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.engine import Database
from db.migrate import upgrade
from db.models import Base
from tests.conftest import _truncate_postgres
from tests.records import add_document_event
from tests.world import World

POSTGRES = [pytest.param("postgres", marks=pytest.mark.postgres)]


def _state(url: str) -> dict[str, Any]:
    """Each table's row count, each sequence's place, the schema's version."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with engine.connect() as conn:
        counts = {
            t.name: conn.execute(text(f'SELECT count(*) FROM "{t.name}"')).scalar_one()
            for t in Base.metadata.sorted_tables
        }
        sequences = conn.execute(
            text(
                "SELECT sequencename, start_value, last_value FROM pg_sequences "
                "WHERE schemaname = current_schema() ORDER BY sequencename"
            )
        ).all()
        version = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    return {"counts": counts, "sequences": [tuple(s) for s in sequences], "version": version}


@pytest.fixture
def fresh_url(pg_server_url: str) -> Iterator[str]:
    """Another database on the same server, only migrated."""
    admin = create_engine(
        make_url(pg_server_url).set(drivername="postgresql+psycopg", database="postgres"),
        isolation_level="AUTOCOMMIT",
    )
    name = f"evidence_fresh_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    db = Database.open(url)
    upgrade(db.engine)
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.parametrize("db_url", POSTGRES, indirect=True)
def test_an_emptied_database_is_a_freshly_migrated_one(
    db_url: str, world: World, fresh_url: str
) -> None:
    item = world.receive("Xe máy Honda Wave")
    add_document_event(world.services, item.id, "12/BB-THADS", world.keeper.user_id)
    with world.services.db.engine.connect() as conn:
        # A rolled-back insert still moves its sequence: the table is empty, the id is not 1.
        conn.execute(text("SELECT nextval(pg_get_serial_sequence('auction_lot', 'id'))"))
        conn.rollback()
    dirty = _state(db_url)
    # Append-only tables among them: their guards refuse DELETE to the application.
    assert all(dirty["counts"][t] > 0 for t in ("custody_event", "document", "admin_event"))
    assert any(last is not None for _name, _start, last in dirty["sequences"])

    _truncate_postgres(db_url)

    emptied, fresh = _state(db_url), _state(fresh_url)
    assert set(emptied["counts"].values()) == {0}
    assert emptied == fresh
    engine = create_engine(make_url(db_url).set(drivername="postgresql+psycopg"))
    with engine.connect() as conn:
        for table in ("item", "custody_event", "auction_lot"):
            seq = f"pg_get_serial_sequence('{table}', 'id')"
            assert conn.execute(text(f"SELECT nextval({seq})")).scalar_one() == 1
    engine.dispose()
