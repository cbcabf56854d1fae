"""Temporary releases (trích xuất): items leave on a written request and come back checked.

An item goes IN_STORAGE → CHECKED_OUT with one custody event naming the requesting body and
the request, and CHECKED_OUT → IN_STORAGE when it is scanned back with its condition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
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
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody.dual_control import second_user, witness_data


@dataclass(frozen=True, slots=True)
class CheckoutDraft:
    """What the written request says: who takes the items, why, and until when."""

    requester_name: str
    requesting_body: str
    purpose: ReleasePurpose
    request_reference: str
    due_on: date
    responsible_user_id: int | None = None
    purpose_note: str = ""
    note: str = ""


class CheckoutService:
    """Release for proceedings and return; the overdue list."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def release(
        self,
        actor: Actor,
        item_ids: Sequence[int],
        draft: CheckoutDraft,
        second_actor: Actor | None = None,
    ) -> list[CheckoutView]:
        """Check the items out to the requesting body, all or none, one event each.

        Cash, valuables, drugs and weapons need ``second_actor``: a different user who
        authenticated for this (dual control); the events record both."""
        draft = _cleaned(draft)
        ids = list(item_ids)
        if not ids:
            raise ValidationError("checkout.no_items")
        with unit_of_work(self.db, ref=",".join(map(str, ids[:5]))) as session:
            authorize(session, actor, Permission.RECORD_CUSTODY)
            _check_responsible(session, draft.responsible_user_id)
            now = utcnow()
            rows = [
                _release_one(session, actor, item, draft, now, second_actor)
                for item in _items(session, ids)
            ]
            session.flush()
            return _views(session, [r.id for r in rows])

    def return_items(
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
            release = _open_release(session, item_id)
            if item.status != ItemStatus.CHECKED_OUT or release is None:
                raise ValidationError("checkout.not_out", code=item.code, status=item.status)
            target_id = location_id if location_id is not None else release.from_location_id
            target = _location(session, target_id) if target_id is not None else None
            now = utcnow()
            check_transition(item.status, ItemStatus.IN_STORAGE)
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
                note=f"{ok_text}: {condition}" if condition else ok_text,
                occurred_at=now,
            )
            item.status = ItemStatus.IN_STORAGE
            if target is not None:
                item.location_id, item.warehouse_id = target.id, target.warehouse_id
            release.returned_at, release.returned_by = now, actor.user_id
            release.return_condition, release.condition_ok = condition, condition_ok
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
            query = _open_query().where(TemporaryRelease.due_on < day)
            return _rows(session, query.order_by(TemporaryRelease.due_on, TemporaryRelease.id))

    def open_releases(self, actor: Actor) -> list[CheckoutView]:
        """Every release still out, soonest due first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = _open_query().order_by(TemporaryRelease.due_on, TemporaryRelease.id)
            return _rows(session, query)

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


def _cleaned(draft: CheckoutDraft) -> CheckoutDraft:
    today = agency_today()
    if not isinstance(draft.due_on, date):
        raise ValidationError("validation.required", field="field.due_on")
    if draft.due_on < today:
        raise ValidationError(
            "checkout.past_due",
            due=draft.due_on.strftime("%d/%m/%Y"),
            today=today.strftime("%d/%m/%Y"),
        )
    return CheckoutDraft(
        requester_name=v.text_field(
            draft.requester_name, "field.requester_name", limit=200, required=True
        ),
        requesting_body=v.text_field(
            draft.requesting_body, "field.requesting_body", limit=300, required=True
        ),
        purpose=v.member(ReleasePurpose, draft.purpose, "field.release_purpose"),
        request_reference=v.text_field(
            draft.request_reference, "field.request_reference", limit=120, required=True
        ),
        due_on=draft.due_on,
        responsible_user_id=draft.responsible_user_id,
        purpose_note=v.text_field(draft.purpose_note, "field.purpose_note", limit=1000),
        note=v.text_field(draft.note, "field.note", limit=1000),
    )


def _check_responsible(session: Session, user_id: int | None) -> None:
    if user_id is None:
        return
    if not session.scalar(select(User.active).where(User.id == user_id)):
        raise ValidationError("checkout.unknown_user", ref=user_id)


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


def _release_one(
    session: Session,
    actor: Actor,
    item: Item,
    draft: CheckoutDraft,
    now: datetime,
    second_actor: Actor | None,
) -> TemporaryRelease:
    if item.status != ItemStatus.IN_STORAGE:
        raise ValidationError("checkout.item_not_stored", code=item.code, status=item.status)
    check_transition(item.status, ItemStatus.CHECKED_OUT)
    witness, witness_note = witness_data(second_user(session, actor, item, second_actor))
    note = f"{draft.request_reference}; hạn trả {draft.due_on:%d/%m/%Y}"
    append_event(
        session,
        item,
        EventKind.TEMPORARY_RELEASE,
        actor_id=actor.user_id,
        counterpart=f"{draft.requester_name} — {draft.requesting_body}",
        from_location_id=item.location_id,
        status_before=item.status,
        status_after=ItemStatus.CHECKED_OUT,
        note=f"{note}; {witness_note}" if witness_note else note,
        data={"purpose": draft.purpose.value, "due_on": draft.due_on.isoformat(), **witness},
        occurred_at=now,
    )
    release = TemporaryRelease(
        item_id=item.id,
        requester_name=draft.requester_name,
        requesting_body=draft.requesting_body,
        purpose=draft.purpose,
        purpose_note=draft.purpose_note,
        request_reference=draft.request_reference,
        released_at=now,
        due_on=draft.due_on,
        released_by=actor.user_id,
        responsible_user_id=draft.responsible_user_id,
        from_location_id=item.location_id,
        note=draft.note,
    )
    session.add(release)
    item.status = ItemStatus.CHECKED_OUT
    item.location_id = None
    return release


_RESPONSIBLE = aliased(User)


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
