"""The destruction itself: each item scanned with its condition, photos, and completion —
items DESTROYED with their custody events and the destruction minutes issued."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import Attachment, CustodyEvent, DestructionMember, DestructionPhoto, Item
from evidence_app.domain.clock import agency_date
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import (
    CouncilStatus,
    DestructionMethod,
    EventKind,
    ItemStatus,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.states import check_transition
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.events import append_event
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import require_exit_order, require_not_own_issue
from evidence_app.services.destruction.papers import DestructionPaperWriter
from evidence_app.services.destruction.rows import (
    WHAT,
    council_to_change,
    item_by_code,
    listed_line,
)
from evidence_app.services.destruction.views import (
    CouncilView,
    Execution,
    active_lines,
    council_view,
)

MAX_PHOTO_BYTES = 20 * 1024 * 1024
PHOTO_TYPES = frozenset({"image/jpeg", "image/png"})


class ExecutionRecorder:
    """One user's action on one council's destruction."""

    def __init__(self, db: Database, actor: Actor, council_id: int) -> None:
        self.db, self.actor, self.council_id = db, actor, council_id

    def seen(self, code: str, condition: str) -> CouncilView:
        """The item was scanned at the destruction: physically seen, its condition noted."""
        parsed = parse_code(code)
        if parsed.kind is not CodeKind.ITEM:
            raise NotFoundError(what="noun.item", ref=parsed.text)
        condition = v.text_field(condition, "field.condition", limit=1000)
        with unit_of_work(self.db, WHAT, str(self.council_id)) as session:
            council = council_to_change(session, self.actor, self.council_id)
            item = item_by_code(session, parsed.text)
            line = listed_line(session, council, item)
            line.seen_at, line.seen_by = utcnow(), self.actor.user_id
            line.condition = condition or line.condition or item.condition
            session.flush()
            return council_view(session, council)

    def photo(self, content: bytes, mime: str, caption: str) -> CouncilView:
        caption = v.text_field(caption, "field.note", limit=300)
        if not content or mime not in PHOTO_TYPES:
            raise ValidationError("validation.required", field="field.photo")
        if len(content) > MAX_PHOTO_BYTES:
            raise ValidationError("validation.too_long", field="field.photo", limit=MAX_PHOTO_BYTES)
        digest = hashlib.sha256(content).hexdigest()
        with unit_of_work(self.db, WHAT, str(self.council_id)) as session:
            council = council_to_change(session, self.actor, self.council_id)
            stored = session.scalars(select(Attachment).where(Attachment.sha256 == digest)).first()
            if stored is None:
                stored = Attachment(sha256=digest, mime=mime, size=len(content), content=content)
                session.add(stored)
                session.flush()
            session.add(
                DestructionPhoto(council_id=council.id, attachment_id=stored.id, caption=caption)
            )
            session.flush()
            return council_view(session, council)

    def complete(self, execution: Execution) -> CouncilView:
        run = _checked(execution)
        with unit_of_work(self.db, WHAT, str(self.council_id)) as session:
            council = council_to_change(session, self.actor, self.council_id)
            before = council_view(session, council)
            _check_ready(before, run)
            lines = active_lines(session, council.id)
            council.method, council.method_other = run.method, run.method_other
            council.place, council.started_at, council.ended_at = (
                run.place, run.started_at, run.ended_at
            )  # fmt: skip
            items = [item for _line, item in lines]
            for item in items:  # out of the warehouse on the head's order (Decree 152 Art 37.3)
                require_exit_order(session, item, ReleaseRequestPurpose.TO_DESTRUCTION)
            _check_not_own_booking(session, self.actor, items)
            require_not_own_issue(session, self.actor, items, ReleaseRequestPurpose.TO_DESTRUCTION)
            conflict = _booking_conflict(session, self.actor, council.id, items, run)
            writer = DestructionPaperWriter(session, self.actor, council, before, items)
            minutes = writer.minutes(run)
            now = utcnow()
            for item in items:
                check_transition(item.status, ItemStatus.DESTROYED)
                append_event(
                    session, item, EventKind.STATUS_CHANGED, actor_id=self.actor.user_id,
                    status_before=item.status, status_after=ItemStatus.DESTROYED,
                    document_id=minutes.id, occurred_at=now,
                    note=f"Tiêu hủy theo Biên bản số {minutes.number}",
                    data={"destruction_council": council.id, **conflict},
                )  # fmt: skip
                item.status = ItemStatus.DESTROYED
            council.status, council.completed_at = CouncilStatus.COMPLETED, now
            council.completed_by, council.minutes_document_id = self.actor.user_id, minutes.id
            session.flush()
            return council_view(session, council)


def _checked(run: Execution) -> Execution:
    method = v.member(DestructionMethod, run.method, "field.method")
    other = v.text_field(run.method_other, "field.method_other", limit=300)
    if method is DestructionMethod.OTHER and not other:
        raise ValidationError("destruction.method_other_required")
    place = v.text_field(run.place, "field.place", limit=300, required=True)
    for moment, field in ((run.started_at, "field.started_at"), (run.ended_at, "field.ended_at")):
        if moment is None or moment.tzinfo is None:
            raise ValidationError("validation.required", field=field)
    if run.ended_at <= run.started_at:
        raise ValidationError("destruction.times_order")
    if run.ended_at > utcnow() + timedelta(minutes=5):
        raise ValidationError("destruction.future_time")
    override = v.text_field(run.override_reason, "field.override_reason", limit=1000)
    return Execution(method, place, run.started_at, run.ended_at,
                     other if method is DestructionMethod.OTHER else "", override)  # fmt: skip


def _check_not_own_booking(session: Session, actor: Actor, items: list[Item]) -> None:
    """Whoever booked an item in does not record its destruction: the council receives the
    items and checks them against the judgment and the first seizure record (Decree 152/2026
    Art 40.1), so the one who took them in cannot also certify them gone (issue 17). No
    override lifts it — the head's override covers a member's conflict, not the completer's
    own; someone else completes. (The system actor of imports and set-up is no person.)"""
    if actor.user_id is None:
        return
    codes = session.scalars(
        select(Item.code)
        .join(CustodyEvent, CustodyEvent.item_id == Item.id)
        .where(
            CustodyEvent.kind == EventKind.RECEIVED,
            CustodyEvent.actor_id == actor.user_id,
            CustodyEvent.item_id.in_([item.id for item in items]),
        )
        .order_by(Item.code)
        .distinct()
    ).all()
    if codes:
        raise ValidationError("destruction.own_booking", user=actor.full_name,
                              codes=", ".join(codes[:10]))  # fmt: skip


def _booking_conflict(
    session: Session, actor: Actor, council_id: int, items: list[Item], run: Execution
) -> dict[str, object]:
    """A member who booked some of the items in does not witness their destruction, unless
    the head goes ahead with a written reason; then the conflict and the head's override are
    recorded on each item's destruction event. Nothing if no member booked any item."""
    booked = _members_who_booked(session, council_id, [item.id for item in items])
    if not booked:
        return {}
    names = sorted(booked)
    codes = sorted({code for found in booked.values() for code in found})
    if not run.override_reason:
        raise ValidationError("destruction.member_booked_items", names=", ".join(names),
                              codes=", ".join(codes[:10]))  # fmt: skip
    if Role.HEAD not in actor.roles:
        raise ValidationError("destruction.override_head_only")
    return {"member_conflicts": names, "override_by": actor.username,
            "override_reason": run.override_reason}  # fmt: skip


def _members_who_booked(
    session: Session, council_id: int, item_ids: list[int]
) -> dict[str, set[str]]:
    """Member's name → codes of the listed items whose receipt event they recorded."""
    rows = session.execute(
        select(DestructionMember.full_name, Item.code)
        .join(CustodyEvent, CustodyEvent.actor_id == DestructionMember.user_id)
        .join(Item, Item.id == CustodyEvent.item_id)
        .where(
            DestructionMember.council_id == council_id,
            CustodyEvent.kind == EventKind.RECEIVED,
            CustodyEvent.item_id.in_(item_ids),
        )
    )
    found: dict[str, set[str]] = {}
    for name, code in rows:
        found.setdefault(name, set()).add(code)
    return found


def _check_ready(council: CouncilView, run: Execution) -> None:
    """Refuse a completion the law or the scans do not support, saying why."""
    if not council.items:
        raise ValidationError("destruction.no_items")
    if council.unseen:
        codes = [i.code for i in council.unseen]
        raise ValidationError("destruction.not_seen", count=len(codes), codes=", ".join(codes))
    if council.needs_contractor and not council.contractor:
        codes = [i.code for i in council.items if i.hazardous]
        raise ValidationError("destruction.contractor_required", codes=", ".join(codes))
    if council.approved is not True:
        raise ValidationError("destruction.not_approved")
    if agency_date(run.started_at) < council.decision_date:
        raise ValidationError("destruction.before_decision")
