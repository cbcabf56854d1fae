"""Light rows for lists of a case's or a location's items."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Item, Location
from evidence_app.services.core.dto import ItemRow

_COLUMNS = (Item.id, Item.code, Item.name, Item.category, Item.status, Location.name,
            Item.disposition)  # fmt: skip


def item_rows(session: Session, condition: Any, limit: int) -> tuple[ItemRow, ...]:
    """Items matching ``condition``, newest first, at most ``limit``."""
    rows = session.execute(
        select(*_COLUMNS)
        .outerjoin(Location, Location.id == Item.location_id)
        .where(condition)
        .order_by(Item.id.desc())
        .limit(max(0, limit))
    )
    return tuple(ItemRow(i, c, n, cat, st, loc or "", disp) for i, c, n, cat, st, loc, disp in rows)
