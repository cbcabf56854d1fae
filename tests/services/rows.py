"""Reading the database behind the services' back, to prove what a call did or did not write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text

from db.models import Base, CustodyEvent
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
