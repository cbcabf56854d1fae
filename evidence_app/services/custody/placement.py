"""Where an item sits: the first put-away and moves between locations, as custody events."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy import case as sa_case
from sqlalchemy.orm import Session

from db.models import Case, Item, Location, Warehouse
from evidence_app.domain.enums import MONEY_CATEGORIES, CustodianKind, EventKind, ItemStatus
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.states import check_transition
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.events import append_event
from evidence_app.services.custody.body_keeper import DATA_KEY, BodyKeeper, keeper_data

#: Statuses in which an item sits in a warehouse and may be moved between locations.
MOVABLE = frozenset(
    {
        ItemStatus.IN_STORAGE,
        ItemStatus.RELEASE_APPROVED,
        ItemStatus.AWAITING_AUCTION,
        ItemStatus.AWAITING_DESTRUCTION,
    }
)


#: Statuses in which an item is physically at its location: the movable ones, and a SOLD item
#: still waiting for its buyer (HANDED_TO_BUYER takes it away).
STORED = MOVABLE | {ItemStatus.SOLD}


def check_place(session: Session, item: Item, location: Location) -> None:
    """Refuse a location the item may not go to: money off the Treasury (Decree 152/2026
    Art 37.1), or a location holding items of the other class (tried / not yet tried)."""
    warehouse = session.get(Warehouse, location.warehouse_id)
    if item.category in MONEY_CATEGORIES and (
        warehouse is None or warehouse.custodian_kind is not CustodianKind.TREASURY
    ):
        raise ValidationError(
            "custody.money_off_shelf",
            code=item.code,
            category=item.category,
            warehouse=warehouse.name if warehouse else location.warehouse_id,
        )
    # Cash and valuables in a Treasury warehouse are exempt: the Treasury (or bank) keeps
    # them under its own seals and accounts (Decree 152 Art 37.1), cash is paid into the
    # agency's account, not laid on a shelf of ours; the agency usually has one vault
    # location, and refusing there would leave money of an untried case nowhere to go.
    if warehouse is not None and warehouse.custodian_kind is CustodianKind.TREASURY:
        return
    _check_apart(session, item, location)


def under_decision(case_id: Any) -> ColumnElement[bool]:
    """True when the case ``case_id`` has its enforcement decision (QĐ THA): an EXISTS on the
    case's primary key. An item without a case is not under one (see ``_check_apart``)."""
    return exists().where(Case.id == case_id, Case.decision_number != "")


def _check_apart(session: Session, item: Item, location: Location) -> None:
    """Items of cases not yet tried are kept apart from items of cases under a QĐ THA
    (Circular 04/2023/TT-BTP Art 11.1: "không để lẫn lộn"; Decree 152/2026 is silent, so the
    older text rules). An item without a case has no enforcement decision either: it is kept
    with the untried ones until a case with its QĐ THA claims it.

    One indexed probe: items stored at this location (``ix_item_location_id``, a few thousand
    at most) whose case's class differs from this item's, the first one named."""
    mine = item.case_id is not None and bool(session.scalar(select(under_decision(item.case_id))))
    conflict = session.scalar(apart_conflict(item.id, location.id, decided=mine))
    if conflict is not None:
        raise ValidationError(
            "custody.mixed_with_untried" if mine else "custody.mixed_with_decided",
            code=item.code,
            location=f"{location.name} ({location.code})",
            other=conflict,
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


def move_item(
    session: Session,
    actor: Actor,
    item: Item,
    target: Location,
    note: str = "",
    keeper: BodyKeeper | None = None,
) -> None:
    """Move a stored item to ``target`` with a MOVED event (a RECEIVED item is put away).

    Out of or into another body's warehouse, that body's keeper moves it and is named on the
    event (``keeper``; Decree 152/2026 Art 37.2.đ)."""
    if item.status == ItemStatus.RECEIVED:
        put_away_item(session, actor, item, target)
        return
    if item.status not in MOVABLE:
        raise ValidationError("validation.item_not_stored", ref=item.code, status=item.status)
    if item.location_id == target.id:
        raise ValidationError("validation.same_location", ref=item.code, location=target.code)
    check_place(session, item, target)
    by = keeper_data(session, (item.warehouse_id, target.warehouse_id), keeper, item.code)
    append_event(
        session,
        item,
        EventKind.MOVED,
        actor_id=actor.user_id,
        from_location_id=item.location_id,
        to_location_id=target.id,
        note=note or None,
        data={DATA_KEY: by} if by else None,
    )
    item.location_id, item.warehouse_id = target.id, target.warehouse_id


def active_location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise NotFoundError(what="noun.location", ref=location_id)
    return location


def apart_conflict(item_id: int, location_id: int, *, decided: bool) -> Select[tuple[str]]:
    """The code of one other item stored at the location whose class is not ``decided``."""
    theirs = under_decision(Item.case_id)
    return (
        select(Item.code)
        .where(
            Item.location_id == location_id,
            Item.status.in_(sorted(STORED)),
            Item.id != item_id,
            ~theirs if decided else theirs,
        )
        .limit(1)
    )


def mixed_locations(session: Session, warehouse_id: int) -> tuple[int, ...]:
    """Locations of the warehouse that hold items of both classes (an untried case's beside
    one under a QĐ THA, Circular 04/2023/TT-BTP Art 11.1): ``check_place`` keeps new arrivals
    apart, but a case that gets its decision later leaves its items among untried ones. One
    grouped pass over the warehouse's stored items, as the location tree's counts do."""
    decided = sa_case((Case.decision_number != "", 1), else_=0)
    rows = session.scalars(
        select(Item.location_id)
        .outerjoin(Case, Case.id == Item.case_id)
        .where(
            Item.warehouse_id == warehouse_id,
            Item.location_id.is_not(None),
            Item.status.in_(sorted(STORED)),
        )
        .group_by(Item.location_id)
        .having(func.min(decided) != func.max(decided))
        .order_by(Item.location_id)
    )
    return tuple(int(r) for r in rows if r is not None)
