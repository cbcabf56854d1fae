"""Moves by scanning: a batch of items to one location, all or nothing, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Item
from evidence_app.domain.errors import NotFoundError, StaleEditError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.scope import check_item, check_location
from evidence_app.services.core.transit import check_not_in_transit
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import item_view
from evidence_app.services.custody.body_keeper import BodyKeeper
from evidence_app.services.custody.placement import active_location, move_item


@dataclass(frozen=True)
class MoveResult:
    """What a committed batch did: the items as they are now, and where they went."""

    location_id: int
    location_code: str
    items: tuple[ItemView, ...]

    @property
    def count(self) -> int:
        return len(self.items)


class MoveService:
    """Batches of moves; each item gets its MOVED (or PUT_AWAY) custody event, from → to."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def move_batch(
        self,
        actor: Actor,
        item_ids_with_expected_versions: Iterable[tuple[int, int | None]],
        location_id: int,
        note: str = "",
        keeper: BodyKeeper | None = None,
    ) -> MoveResult:
        """Move every item to ``location_id``, or none: one refusal refuses the whole batch.

        Item rows are locked (``SELECT … FOR UPDATE`` on PostgreSQL) in id order before any
        event is appended, so a concurrent batch waits, then sees the new version and is
        refused as stale; chains stay linear and overlapping batches cannot deadlock.
        An item in (or going to) another body's warehouse is moved by that body's keeper,
        ``keeper``, named on its event (Decree 152/2026 Art 37.2.đ).
        """
        note = v.text_field(note, "field.note", limit=1000)
        wanted = dict(item_ids_with_expected_versions)
        if not wanted:
            raise ValidationError("validation.required", field="noun.item")
        with unit_of_work(self.db, ref=",".join(map(str, wanted))) as session:
            authorize(session, actor, Permission.MOVE_ITEMS)
            target = active_location(session, location_id)
            items = _locked_items(session, sorted(wanted))
            # Each office moves only its own items, into its own warehouses (issue 21).
            check_location(session, actor, Permission.MOVE_ITEMS, target.id)
            for item in items:
                _check_movable(item, wanted[item.id])
                check_item(session, actor, Permission.MOVE_ITEMS, item)
            # Items on their way to another unit move only by its receipt (issue 21).
            check_not_in_transit(session, sorted(wanted))
            ordered = _in_order(items, wanted)
            for item in ordered:
                move_item(session, actor, item, target, note, keeper)
            session.flush()
            return MoveResult(target.id, target.code, tuple(item_view(i) for i in ordered))


def _locked_items(session: Session, item_ids: list[int]) -> list[Item]:
    query = (
        select(Item)
        .where(Item.id.in_(item_ids))
        .order_by(Item.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    items = list(session.scalars(query))
    missing = set(item_ids) - {item.id for item in items}
    if missing:
        raise NotFoundError(what="noun.item", ref=min(missing))
    return items


def _check_movable(item: Item, expected_version: int | None) -> None:
    if item.status in FINAL_STATES:
        raise ValidationError("validation.item_not_stored", ref=item.code, status=item.status)
    if expected_version is not None and item.version != expected_version:
        raise StaleEditError(
            what="noun.item", ref=item.code, current=item.version, expected=expected_version
        )


def _in_order(items: list[Item], wanted: dict[int, int | None]) -> list[Item]:
    """The items in the order they were scanned."""
    by_id = {item.id: item for item in items}
    return [by_id[item_id] for item_id in wanted]
