"""Items held at each location of a warehouse, rolled up the location tree.

An item is held while it is not in a final state (released, handed to the buyer,
destroyed): those keep their last location for the record but are no longer there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Item, Location
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.core.dto import LocationNode, LocationView

_HELD = Item.status.not_in(sorted(FINAL_STATES))


def held_counts(session: Session, warehouse_id: int) -> dict[int | None, int]:
    """Items held at each location of the warehouse (None: not yet put away), one query."""
    rows = session.execute(
        select(Item.location_id, func.count(Item.id))
        .where(Item.warehouse_id == warehouse_id, _HELD)
        .group_by(Item.location_id)
    )
    return {None if location is None else int(location): int(n) for location, n in rows}


def held_in_subtree(path: str) -> Any:
    """A condition on Item: held at the location with ``path`` or below it."""
    below = select(Location.id).where(Location.path.startswith(path, autoescape=True))
    return Item.location_id.in_(below) & _HELD


def location_nodes(
    locations: Iterable[LocationView], direct: dict[int | None, int]
) -> tuple[LocationNode, ...]:
    """Each location with its own count and its subtree's, summed along the paths."""
    views = list(locations)
    subtree = dict.fromkeys((loc.id for loc in views), 0)
    for loc in views:
        for ancestor in _path_ids(loc.path):
            if ancestor in subtree:
                subtree[ancestor] += direct.get(loc.id, 0)
    return tuple(
        LocationNode(loc, len(_path_ids(loc.path)) - 1, direct.get(loc.id, 0), subtree[loc.id])
        for loc in views
    )


def _path_ids(path: str) -> list[int]:
    return [int(p) for p in path.strip("/").split("/") if p]
