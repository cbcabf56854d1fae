"""Where an item sits: the first put-away and moves between locations, as custody events."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Item, Location, Warehouse
from evidence_app.domain.enums import MONEY_CATEGORIES, CustodianKind, EventKind, ItemStatus
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.states import check_transition
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.events import append_event

#: Statuses in which an item sits in a warehouse and may be moved between locations.
MOVABLE = frozenset(
    {
        ItemStatus.IN_STORAGE,
        ItemStatus.RELEASE_APPROVED,
        ItemStatus.AWAITING_AUCTION,
        ItemStatus.AWAITING_DESTRUCTION,
    }
)


def check_place(session: Session, item: Item, location: Location) -> None:
    """Cash and foreign currency are held by the Treasury or a bank, never on a shelf of an
    ordinary warehouse (Decree 152/2026 Art 37.1)."""
    if item.category not in MONEY_CATEGORIES:
        return
    warehouse = session.get(Warehouse, location.warehouse_id)
    if warehouse is None or warehouse.custodian_kind is not CustodianKind.TREASURY:
        raise ValidationError(
            "custody.money_off_shelf",
            code=item.code,
            category=item.category,
            warehouse=warehouse.name if warehouse else location.warehouse_id,
        )


def put_away_item(
    session: Session, actor: Actor, item: Item, location: Location, document_id: int | None = None
) -> None:
    """Place a RECEIVED item at its first location: a PUT_AWAY event, it is IN_STORAGE."""
    check_transition(item.status, ItemStatus.IN_STORAGE)
    check_place(session, item, location)
    append_event(
        session,
        item,
        EventKind.PUT_AWAY,
        actor_id=actor.user_id,
        from_location_id=item.location_id,
        to_location_id=location.id,
        status_before=item.status,
        status_after=ItemStatus.IN_STORAGE,
        document_id=document_id,
    )
    item.status = ItemStatus.IN_STORAGE
    item.location_id, item.warehouse_id = location.id, location.warehouse_id


def move_item(session: Session, actor: Actor, item: Item, target: Location, note: str = "") -> None:
    """Move a stored item to ``target`` with a MOVED event (a RECEIVED item is put away)."""
    if item.status == ItemStatus.RECEIVED:
        put_away_item(session, actor, item, target)
        return
    if item.status not in MOVABLE:
        raise ValidationError("validation.item_not_stored", ref=item.code, status=item.status)
    if item.location_id == target.id:
        raise ValidationError("validation.same_location", ref=item.code, location=target.code)
    check_place(session, item, target)
    append_event(
        session,
        item,
        EventKind.MOVED,
        actor_id=actor.user_id,
        from_location_id=item.location_id,
        to_location_id=target.id,
        note=note or None,
    )
    item.location_id, item.warehouse_id = target.id, target.warehouse_id


def active_location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise NotFoundError(what="noun.location", ref=location_id)
    return location
