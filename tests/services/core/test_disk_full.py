"""A full disk is named in the user's words, and the action is rolled back whole (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, text

from evidence_app.domain.errors import DiskFullError
from evidence_app.services.core.verify import verify_chains
from tests.world import World


@pytest.fixture
def full_disk(world: World) -> Iterator[World]:
    """The SQLite file may grow no more (PRAGMA max_page_count on every new connection):
    the next write that needs a page finds the disk "full", as a real full disk would."""
    if world.services.db.dialect != "sqlite":
        pytest.skip("a full disk is simulated through SQLite's page limit")
    engine = world.services.db.engine

    def no_room(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    event.listen(engine, "connect", no_room)
    engine.dispose()
    yield world
    event.remove(engine, "connect", no_room)
    engine.dispose()


def test_a_full_disk_is_named_and_nothing_is_half_written(full_disk: World) -> None:
    world = full_disk
    saved: list[str] = []
    with pytest.raises(DiskFullError) as refused:
        for n in range(500):
            name = f"Xe máy số {n}"
            world.receive(name, description="x" * 4000)
            saved.append(name)
    assert refused.value.message("vi").startswith("Ổ đĩa chứa cơ sở dữ liệu")
    assert "is full: nothing of this action was saved" in refused.value.message("en")
    with world.services.db.engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM item")).scalars())
    assert f"Xe máy số {len(saved)}" not in names  # the refused one left nothing
    assert set(saved) <= names
    assert verify_chains(world.services.db, world.admin).intact


def test_postgresqls_disk_full_state_is_recognised_too() -> None:
    """PostgreSQL says so with SQLSTATE 53100 (could not extend file: No space left)."""
    from sqlalchemy.exc import OperationalError

    from evidence_app.services.core.uow import _is_disk_full

    class PgError(Exception):
        sqlstate = "53100"

    assert _is_disk_full(OperationalError("INSERT …", {}, PgError("could not extend file")))
    assert not _is_disk_full(OperationalError("INSERT …", {}, Exception("server closed")))
