"""Temporary releases (trích xuất): the items out, and their return checked and minuted.

Items leave only on the head's release order (``release_requests`` with the purpose
TEMPORARY_RELEASE, ``temporary``): RELEASE_APPROVED → CHECKED_OUT when the keeper finishes the
handover. Here an item comes back, CHECKED_OUT → IN_STORAGE, scanned with its condition and
recorded in return minutes of 4 copies (Decree 152 Art 37.2.đ) that its RETURNED event cites.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from db.column_types import utcnow
from db.engine import Database
from db.models import Item, Location, TemporaryRelease, User
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import EventKind, ItemStatus, ReleasePurpose
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import check_transition
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import CheckoutView
from evidence_app.services.core.events import append_event
from evidence_app.services.core.scope import check_item, check_location, item_scope
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody.checkout_papers import return_minutes
from evidence_app.services.custody.placement import check_place


class CheckoutService:
    """Release for proceedings and return; the overdue list."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def return_item(
        self,
        actor: Actor,
        item_id: int,
        condition: str,
        condition_ok: bool,
        location_id: int | None = None,
    ) -> CheckoutView:
        """Take a released item back with its condition, to its old place unless told."""
        condition = v.text_field(condition, "field.return_condition", limit=1000)
        with unit_of_work(self.db, ref=str(item_id)) as session:
            authorize(session, actor, Permission.RECORD_CUSTODY)
            item = _items(session, [item_id])[0]
            check_item(session, actor, Permission.RECORD_CUSTODY, item)  # issue 21
            release = _open_release(session, item_id)
            if item.status != ItemStatus.CHECKED_OUT or release is None:
                raise ValidationError("checkout.not_out", code=item.code, status=item.status)
            target_id = location_id if location_id is not None else release.from_location_id
            target = _location(session, target_id) if target_id is not None else None
            if target is not None:
                check_location(session, actor, Permission.RECORD_CUSTODY, target.id)
            now = utcnow()
            check_transition(item.status, ItemStatus.IN_STORAGE)
            if target is not None:  # money only at the Treasury, untried cases apart
                check_place(session, item, target)
            minutes = return_minutes(session, actor, release, item, condition, condition_ok, now)
            ok_text = "đúng hiện trạng" if condition_ok else "không đúng hiện trạng"
            append_event(
                session,
                item,
                EventKind.RETURNED,
                actor_id=actor.user_id,
                counterpart=release.requesting_body,
                to_location_id=target.id if target else None,
                status_before=item.status,
                status_after=ItemStatus.IN_STORAGE,
                document_id=minutes.id,
                note=f"{ok_text}: {condition}" if condition else ok_text,
                occurred_at=now,
            )
            item.status = ItemStatus.IN_STORAGE
            if target is not None:
                item.location_id, item.warehouse_id = target.id, target.warehouse_id
            release.returned_at, release.returned_by = now, actor.user_id
            release.return_condition, release.condition_ok = condition, condition_ok
            release.return_document_id = minutes.id
            session.flush()
            return _views(session, [release.id])[0]

    def open_for(self, actor: Actor, item_id: int) -> CheckoutView | None:
        """The item's release that has not come back yet, if any."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return open_checkout(session, item_id)

    def overdue(self, actor: Actor, today: date | None = None) -> list[CheckoutView]:
        """Releases still out after their due date, the longest overdue first."""
        day = today or agency_today()
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = _scoped(session, actor, _open_query().where(TemporaryRelease.due_on < day))
            return _rows(session, query.order_by(TemporaryRelease.due_on, TemporaryRelease.id))

    def open_releases(self, actor: Actor) -> list[CheckoutView]:
        """Every release still out, soonest due first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = _scoped(session, actor, _open_query())
            return _rows(session, query.order_by(TemporaryRelease.due_on, TemporaryRelease.id))

    def due_for_user(self, actor: Actor) -> list[CheckoutView]:
        """Releases still out that ``actor`` answers for, soonest due first (their dashboard)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = _open_query().where(TemporaryRelease.responsible_user_id == actor.user_id)
            return _rows(session, query.order_by(TemporaryRelease.due_on, TemporaryRelease.id))


def open_checkout(session: Session, item_id: int) -> CheckoutView | None:
    """The item's open release in one indexed query (the item panel calls it on each scan)."""
    query = _open_query().where(TemporaryRelease.item_id == item_id)
    rows = _rows(session, query.order_by(TemporaryRelease.id.desc()).limit(1))
    return rows[0] if rows else None


def _items(session: Session, ids: list[int]) -> list[Item]:
    """The items in the order given, refused if one is missing or named twice."""
    found = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(ids)))}
    seen: set[int] = set()
    for item_id in ids:
        if item_id not in found:
            raise NotFoundError(what="noun.item", ref=item_id)
        if item_id in seen:
            raise ValidationError("checkout.duplicate_item", code=found[item_id].code)
        seen.add(item_id)
    return [found[i] for i in ids]


_RESPONSIBLE = aliased(User)


def _scoped(session: Session, actor: Actor, query: Select[Any]) -> Select[Any]:
    """Only the releases of items of the actor's units (issue 21)."""
    scope = item_scope(session, actor)
    return query if scope is None else query.where(scope)


def _open_query() -> Select[Any]:
    return _query().where(TemporaryRelease.returned_at.is_(None))


def _query() -> Select[Any]:
    return (
        select(TemporaryRelease, Item.code, Item.name, _RESPONSIBLE.full_name)
        .join(Item, Item.id == TemporaryRelease.item_id)
        .outerjoin(_RESPONSIBLE, _RESPONSIBLE.id == TemporaryRelease.responsible_user_id)
    )


def _views(session: Session, ids: list[int]) -> list[CheckoutView]:
    by_id = {c.id: c for c in _rows(session, _query().where(TemporaryRelease.id.in_(ids)))}
    return [by_id[i] for i in ids]


def _rows(session: Session, query: Select[Any]) -> list[CheckoutView]:
    return [
        CheckoutView(
            id=r.id,
            item_id=r.item_id,
            item_code=code,
            item_name=name,
            requester_name=r.requester_name,
            requesting_body=r.requesting_body,
            purpose=ReleasePurpose(r.purpose),
            purpose_note=r.purpose_note,
            request_reference=r.request_reference,
            released_at=r.released_at,
            due_on=r.due_on,
            responsible_user_id=r.responsible_user_id,
            responsible_name=responsible or "",
            from_location_id=r.from_location_id,
            returned_at=r.returned_at,
            return_condition=r.return_condition,
            condition_ok=r.condition_ok,
            note=r.note,
            return_document_id=r.return_document_id,
        )
        for r, code, name, responsible in session.execute(query)
    ]


def _location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise NotFoundError(what="noun.location", ref=location_id)
    return location


def _open_release(session: Session, item_id: int) -> TemporaryRelease | None:
    return session.scalars(
        select(TemporaryRelease)
        .where(TemporaryRelease.item_id == item_id, TemporaryRelease.returned_at.is_(None))
        .order_by(TemporaryRelease.id.desc())
        .limit(1)
    ).first()
