"""Release requests (xuất kho, Decree 152 Art 37.3): an officer requests, the head approves
with the hour and date or rejects with a reason, the keeper issues each item by scanning it
against the order (dual control for cash, valuables, drugs and weapons) and finishes with the
release handover minutes. Every step is one transaction and checks its role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import Case, Document, Item, ReleaseRequest, ReleaseRequestItem, User
from evidence_app.domain.clock import agency_time
from evidence_app.domain.enums import (
    Category,
    EventKind,
    ItemStatus,
    ReleaseRequestPurpose,
    ReleaseRequestStatus,
)
from evidence_app.domain.errors import (
    FinalStateError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import FINAL_STATES, check_transition
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.events import append_event
from evidence_app.services.core.login import Witness
from evidence_app.services.core.scope import check_case, check_item, visible_unit_ids
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody.body_keeper import (
    DATA_KEY,
    BodyKeeper,
    issued_by_keepers,
    keeper_data,
)
from evidence_app.services.custody.dispositions import check_release_basis
from evidence_app.services.custody.dual_control import needs_second_user, second_user, witness_data
from evidence_app.services.custody.release_papers import ReleasePaperWriter
from evidence_app.services.custody.temporary import (
    TEMPORARY,
    CheckoutTerms,
    check_due_at_approval,
    check_out,
    clean_terms,
    terms_of,
)
from evidence_app.services.documents import DocumentView, document_view

Purpose = ReleaseRequestPurpose
Status = ReleaseRequestStatus

#: The state approval puts an item in, by purpose (DESIGN.md, "Item states").
APPROVED_STATE: dict[ReleaseRequestPurpose, ItemStatus] = {
    Purpose.RETURN_TO_OWNER: ItemStatus.RELEASE_APPROVED,
    Purpose.CONFISCATION_HANDOVER: ItemStatus.RELEASE_APPROVED,
    Purpose.OTHER: ItemStatus.RELEASE_APPROVED,
    Purpose.TEMPORARY_RELEASE: ItemStatus.RELEASE_APPROVED,
    Purpose.TO_AUCTION: ItemStatus.AWAITING_AUCTION,
    Purpose.TO_DESTRUCTION: ItemStatus.AWAITING_DESTRUCTION,
}
_OPEN = (Status.REQUESTED, Status.APPROVED)
#: The head may fix this minute or the one before it (the dialog's precision, the time taken
#: to confirm it): "at once"; never an hour already gone.
_MINUTE_GRACE = timedelta(minutes=1)
S = ItemStatus
#: The statuses an item may be requested in: held, or already on its way to the council or the
#: auction (listed, in a lot, sold), since every exit needs the head's order (Decree 152 Art
#: 37.3): the handover to the buyer and the destruction as much as a return.
REQUESTABLE: dict[ReleaseRequestPurpose, frozenset[ItemStatus]] = {
    Purpose.RETURN_TO_OWNER: frozenset({S.IN_STORAGE}),
    Purpose.CONFISCATION_HANDOVER: frozenset({S.IN_STORAGE}),
    Purpose.OTHER: frozenset({S.IN_STORAGE}),
    Purpose.TEMPORARY_RELEASE: frozenset({S.IN_STORAGE}),
    Purpose.TO_AUCTION: frozenset({S.IN_STORAGE, S.AWAITING_AUCTION, S.SOLD}),
    Purpose.TO_DESTRUCTION: frozenset({S.IN_STORAGE, S.AWAITING_DESTRUCTION}),
}
#: The statuses the keeper issues from, once the head approved.
ISSUABLE: dict[ReleaseRequestPurpose, frozenset[ItemStatus]] = {
    Purpose.RETURN_TO_OWNER: frozenset({S.RELEASE_APPROVED}),
    Purpose.CONFISCATION_HANDOVER: frozenset({S.RELEASE_APPROVED}),
    Purpose.OTHER: frozenset({S.RELEASE_APPROVED}),
    Purpose.TEMPORARY_RELEASE: frozenset({S.RELEASE_APPROVED}),
    Purpose.TO_AUCTION: frozenset({S.AWAITING_AUCTION, S.SOLD}),
    Purpose.TO_DESTRUCTION: frozenset({S.AWAITING_DESTRUCTION}),
}

#: Purposes whose receiver is a body whose representative signs the minutes (the finance body
#: or commune People's Committee, Law Art 57.1; the court or examiner; the auction
#: organisation; the council): its name is required.
BODY_RECEIVES = frozenset(
    {
        Purpose.CONFISCATION_HANDOVER,
        Purpose.TEMPORARY_RELEASE,
        Purpose.TO_AUCTION,
        Purpose.TO_DESTRUCTION,
    }
)


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who receives the items: a person, and the body they represent (may be empty)."""

    name: str
    body: str = ""


@dataclass(frozen=True, slots=True)
class ReleaseLineView:
    item_id: int
    code: str
    name: str
    category: Category
    status: ItemStatus
    issued_at: datetime | None
    issued_by: int | None
    second_user_id: int | None

    @property
    def needs_second_user(self) -> bool:
        return needs_second_user(self.category)


@dataclass(frozen=True, slots=True)
class ReleaseRequestView:
    id: int
    case_id: int
    case_name: str
    purpose: ReleaseRequestPurpose
    recipient: Recipient
    note: str
    status: ReleaseRequestStatus
    requested_by: int | None
    requested_at: datetime
    decided_by: int | None
    decided_at: datetime | None
    release_at: datetime | None
    reject_reason: str
    finished_at: datetime | None
    version: int
    lines: tuple[ReleaseLineView, ...]
    #: Release order, release slip, then the handover minutes, as far as issued.
    documents: tuple[DocumentView, ...]
    #: A temporary release's written request (reference, why, due date); None otherwise.
    checkout: CheckoutTerms | None = None

    def line(self, code: str) -> ReleaseLineView | None:
        return next((x for x in self.lines if x.code == code), None)


class ReleaseRequestService:
    """Request → approve or reject → issue item by item → finish."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def request(
        self,
        actor: Actor,
        case_id: int,
        item_ids: Sequence[int],
        purpose: ReleaseRequestPurpose,
        recipient: Recipient,
        note: str = "",
        checkout: CheckoutTerms | None = None,
    ) -> ReleaseRequestView:
        """An officer asks to release stored items of one case; their status stays as is.
        A temporary release (trích xuất) carries its written request's ``checkout`` terms."""
        purpose = ReleaseRequestPurpose(purpose)
        name = v.text_field(recipient.name, "field.recipient", limit=200, required=True)
        body = v.text_field(
            recipient.body, "field.recipient_body", limit=300, required=purpose in BODY_RECEIVES
        )
        note = v.text_field(note, "field.note", limit=1000)
        terms = clean_terms(purpose, checkout, note)
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise ValidationError("release.no_items")
        with unit_of_work(self.db, "noun.release_request") as session:
            authorize(session, actor, Permission.REQUEST_RELEASE)
            if session.get(Case, case_id) is None:
                raise NotFoundError(what="noun.case", ref=case_id)
            # The case's own office asks, for items its unit holds (issue 21).
            check_case(session, actor, Permission.REQUEST_RELEASE, case_id)
            items = _locked_items(session, ids)
            for item in items:
                check_item(session, actor, Permission.REQUEST_RELEASE, item)
                _check_requestable(session, item, case_id, purpose)
                check_release_basis(session, item, purpose, note)
            request = ReleaseRequest(
                case_id=case_id,
                purpose=purpose,
                recipient_name=name,
                recipient_body=body,
                note=note,
                status=Status.REQUESTED,
                requested_by=actor.user_id,
                requested_at=utcnow(),
            )
            if terms is not None:
                request.request_reference, request.due_on = terms.reference, terms.due_on
                request.checkout_purpose = terms.purpose
            session.add(request)
            session.flush()
            session.add_all(ReleaseRequestItem(request_id=request.id, item_id=i.id) for i in items)
            session.flush()
            return _view(session, request)

    def approve(
        self, actor: Actor, request_id: int, release_at: datetime, expected_version: int
    ) -> ReleaseRequestView:
        """The head approves and fixes the hour and date: order (D66) and slip (C05) are
        issued and every item moves to the state the purpose leads to."""
        if release_at.tzinfo is None:
            raise ValidationError("validation.required", field="field.release_at")
        with unit_of_work(self.db, "noun.release_request", str(request_id)) as session:
            authorize(session, actor, Permission.APPROVE_RELEASE)
            request = _request(session, request_id, expected_version, Status.REQUESTED)
            check_case(session, actor, Permission.APPROVE_RELEASE, request.case_id)
            _check_duties(request, actor, "duty.approve")
            now = utcnow()
            if release_at < now.replace(second=0, microsecond=0) - _MINUTE_GRACE:
                raise ValidationError("release.release_at_past")
            check_due_at_approval(request, release_at)
            items = _items_of(session, request.id)
            target = APPROVED_STATE[request.purpose]
            for item in items:
                _check_requestable(session, item, request.case_id, request.purpose, request.id)
                # Checked again: the order may have changed since the officer asked.
                check_release_basis(session, item, request.purpose, request.note)
                if item.status not in ISSUABLE[request.purpose]:
                    check_transition(item.status, target)
            request.status, request.decided_by = Status.APPROVED, actor.user_id
            request.decided_at, request.release_at = now, release_at
            writer = ReleasePaperWriter(session, actor, request, items)
            order, slip = writer.order_and_slip(actor.full_name, now)
            for item in (i for i in items if i.status not in ISSUABLE[request.purpose]):
                append_event(
                    session,
                    item,
                    EventKind.STATUS_CHANGED,
                    actor_id=actor.user_id,
                    status_before=item.status,
                    status_after=target,
                    document_id=order.id,
                    counterpart=_recipient_text(request),
                    occurred_at=now,
                    data={"release_request": request.id},
                )
                item.status = target
            request.order_document_id, request.slip_document_id = order.id, slip.id
            session.flush()
            return _view(session, request)

    def reject(
        self, actor: Actor, request_id: int, reason: str, expected_version: int
    ) -> ReleaseRequestView:
        """The head refuses with a reason; the items were never touched. Deciding is one
        duty, whichever way it goes: whoever asked does not decide his own request."""
        reason = v.text_field(reason, "field.reject_reason", limit=1000, required=True)
        with unit_of_work(self.db, "noun.release_request", str(request_id)) as session:
            authorize(session, actor, Permission.APPROVE_RELEASE)
            request = _request(session, request_id, expected_version, Status.REQUESTED)
            check_case(session, actor, Permission.APPROVE_RELEASE, request.case_id)
            _check_duties(request, actor, "duty.reject")
            request.status, request.decided_by = Status.REJECTED, actor.user_id
            request.decided_at, request.reject_reason = utcnow(), reason
            session.flush()
            return _view(session, request)

    def issue(
        self,
        actor: Actor,
        request_id: int,
        item_id: int,
        witness: Witness | None = None,
        keeper: BodyKeeper | None = None,
    ) -> ReleaseRequestView:
        """The keeper scans one item out against the order; dual-control categories need
        ``witness``: a different user's own name and password, checked here. An item kept in
        another body's warehouse is issued by that body's keeper, ``keeper``, named on the
        event and on the minutes (Decree 152/2026 Art 37.2.đ, 37.3)."""
        second_actor = witness.authenticate(self.db) if witness is not None else None
        with unit_of_work(self.db, "noun.release_request", str(request_id)) as session:
            authorize(session, actor, Permission.ISSUE_RELEASE)
            request = _request(session, request_id, None, Status.APPROVED)
            check_case(session, actor, Permission.ISSUE_RELEASE, request.case_id)
            _check_duties(request, actor, "duty.issue")
            now = utcnow()
            _check_fixed_hour(request, now)
            item = _item(session, item_id)
            check_item(session, actor, Permission.ISSUE_RELEASE, item)
            line = session.scalars(
                select(ReleaseRequestItem).where(
                    ReleaseRequestItem.request_id == request.id,
                    ReleaseRequestItem.item_id == item.id,
                )
            ).first()
            if line is None:
                raise ValidationError("release.not_on_order", code=item.code, ref=request.id)
            if line.issued_at is not None:
                raise ValidationError("release.already_issued", code=item.code, ref=request.id)
            if item.status in FINAL_STATES:
                raise FinalStateError(status=item.status)
            if item.status not in ISSUABLE[request.purpose]:
                raise ValidationError(
                    "release.item_not_approved", code=item.code, status=item.status
                )
            by = keeper_data(session, (item.warehouse_id,), keeper, item.code)
            second = second_user(session, actor, item, second_actor)
            witnessed, witness_note = witness_data(second)
            data: dict[str, object] = {"release_request": request.id, **witnessed}
            if by:
                data[DATA_KEY] = by
            append_event(
                session,
                item,
                EventKind.RELEASE_ISSUED,
                actor_id=actor.user_id,
                counterpart=_recipient_text(request),
                document_id=request.order_document_id,
                occurred_at=now,
                data=data,
                note=witness_note,
            )
            line.issued_at, line.issued_by = now, actor.user_id
            line.second_user_id = second.id if second else None
            session.flush()
            return _view(session, request)

    def finish(self, actor: Actor, request_id: int) -> ReleaseRequestView:
        """Once every item is scanned out: the release handover minutes, and the items
        returned, confiscated or otherwise released become RELEASED. Items issued by another
        body's keeper get a slip (C05) naming that keeper as the one who issued them, which
        replaces the approval's slip and is the one the minutes cite (Decree 152/2026
        Art 37.2.đ, 37.3)."""
        with unit_of_work(self.db, "noun.release_request", str(request_id)) as session:
            authorize(session, actor, Permission.ISSUE_RELEASE)
            request = _request(session, request_id, None, Status.APPROVED)
            check_case(session, actor, Permission.ISSUE_RELEASE, request.case_id)
            _check_duties(request, actor, "duty.issue")
            lines = _lines(session, request.id)
            waiting = [item.code for line, item in lines if line.issued_at is None]
            if waiting:
                raise ValidationError(
                    "release.not_all_issued", count=len(waiting), codes=", ".join(waiting)
                )
            items = [item for _line, item in lines]
            now = utcnow()
            _check_fixed_hour(request, now)
            writer = ReleasePaperWriter(session, actor, request, items)
            order = session.get(Document, request.order_document_id)
            slip = session.get(Document, request.slip_document_id)
            replacing = writer.replacing_slip(order, slip, _issuers(session, lines), now)
            if replacing is not None:  # another body's keeper issued (Art 37.2.đ, 37.3)
                slip, request.slip_document_id = replacing, replacing.id
            minutes = writer.minutes(
                order.number if order else "",
                slip.number if slip else "",
                _witnesses(session, lines),
                now,
                issued_by_keepers(session, request.id, [item.id for item in items]),
                _second_persons(session, lines),
            )
            if request.purpose is TEMPORARY:
                check_out(session, actor.user_id, request, items, minutes.id, now)
            elif APPROVED_STATE[request.purpose] is ItemStatus.RELEASE_APPROVED:
                for item in items:
                    check_transition(item.status, ItemStatus.RELEASED)
                    append_event(
                        session,
                        item,
                        EventKind.STATUS_CHANGED,
                        actor_id=actor.user_id,
                        status_before=item.status,
                        status_after=ItemStatus.RELEASED,
                        document_id=minutes.id,
                        counterpart=_recipient_text(request),
                        occurred_at=now,
                        data={"release_request": request.id},
                    )
                    item.status = ItemStatus.RELEASED
            request.status, request.finished_by = Status.ISSUED, actor.user_id
            request.finished_at, request.minutes_document_id = now, minutes.id
            session.flush()
            return _view(session, request)

    def get(self, actor: Actor, request_id: int) -> ReleaseRequestView:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return _view(session, _request(session, request_id, None, None))

    def list(
        self, actor: Actor, status: ReleaseRequestStatus | None = None
    ) -> list[ReleaseRequestView]:
        """Requests, newest first, optionally of one status."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(ReleaseRequest).order_by(ReleaseRequest.id.desc())
            visible = visible_unit_ids(session, actor)
            if visible is not None:
                query = query.join(Case, Case.id == ReleaseRequest.case_id).where(
                    Case.unit_id.in_(visible)
                )
            if status is not None:
                query = query.where(ReleaseRequest.status == status)
            return [_view(session, r) for r in session.scalars(query)]

    def open_request_of(self, actor: Actor, item_id: int) -> ReleaseRequestView | None:
        """The approved request an item is on, if any (a scan finds its order)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            request = session.scalars(
                select(ReleaseRequest)
                .join(ReleaseRequestItem, ReleaseRequestItem.request_id == ReleaseRequest.id)
                .where(ReleaseRequestItem.item_id == item_id)
                .where(ReleaseRequest.status == Status.APPROVED)
            ).first()
            return _view(session, request) if request else None


def _locked_items(session: Session, ids: Sequence[int]) -> list[Item]:
    """The items, locked until the request commits (in id order: no deadlock). On PostgreSQL
    a second officer asking for the same item waits here, then sees the first one's open
    request and is refused: one open request per item (SQLite has one writer anyway)."""
    query = select(Item).where(Item.id.in_(ids)).order_by(Item.id).with_for_update()
    found = {item.id: item for item in session.scalars(query)}
    missing = next((i for i in ids if i not in found), None)
    if missing is not None:
        raise NotFoundError(what="noun.item", ref=missing)
    return [found[i] for i in ids]


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(what="noun.item", ref=item_id)
    return item


def _request(
    session: Session, request_id: int, expected_version: int | None, needed: Status | None
) -> ReleaseRequest:
    request = session.get(ReleaseRequest, request_id)
    if request is None:
        raise NotFoundError(what="noun.release_request", ref=request_id)
    if expected_version is not None and request.version != expected_version:
        raise StaleEditError(
            what="noun.release_request",
            ref=request.id,
            current=request.version,
            expected=expected_version,
        )
    if needed is not None and request.status != needed:
        raise ValidationError(
            "release.wrong_status", ref=request.id, status=request.status, needed=needed
        )
    return request


def _check_fixed_hour(request: ReleaseRequest, now: datetime) -> None:
    """Items leave at the hour and date the head fixed in the release order, not before
    (Decree 152/2026 Art 37.3: the receiver takes them "tại thời điểm đã ấn định"), so the
    minutes, timed when the release ends, never precede the order they execute."""
    if request.release_at is None or now >= request.release_at:
        return
    at = agency_time(request.release_at)
    raise ValidationError("release.before_release_at", ref=request.id,
                          at=f"{at:%H:%M} {at:%d/%m/%Y}")  # fmt: skip


def _check_duties(request: ReleaseRequest, actor: Actor, duty: str) -> None:
    """Separation of duties, whatever roles one person holds: whoever requested a release
    neither approves nor issues it, and whoever approved it does not issue it. (The system
    actor of imports and set-up is no person and has no user id.)"""
    if actor.user_id is None:
        return
    if request.requested_by == actor.user_id:
        raise ValidationError(
            "release.own_request", ref=request.id, user=actor.full_name, duty=duty
        )
    if duty == "duty.issue" and request.decided_by == actor.user_id:
        raise ValidationError("release.own_approval", ref=request.id, user=actor.full_name)


def _check_requestable(
    session: Session,
    item: Item,
    case_id: int,
    purpose: ReleaseRequestPurpose,
    own_request: int | None = None,
) -> None:
    """A requested item belongs to the case, is held as the purpose needs (REQUESTABLE) and
    on no other open request."""
    if item.status in FINAL_STATES:
        raise FinalStateError(status=item.status)
    if item.case_id != case_id:
        raise ValidationError("release.item_not_in_case", code=item.code)
    if item.status not in REQUESTABLE[purpose]:
        raise ValidationError("release.item_not_stored", code=item.code, status=item.status)
    other = session.scalars(
        select(ReleaseRequest.id)
        .join(ReleaseRequestItem, ReleaseRequestItem.request_id == ReleaseRequest.id)
        .where(ReleaseRequestItem.item_id == item.id, ReleaseRequest.status.in_(_OPEN))
        .where(ReleaseRequest.id != (own_request or 0))
    ).first()
    if other is not None:
        raise ValidationError("release.item_on_open_request", code=item.code, request=other)


def _items_of(session: Session, request_id: int) -> list[Item]:
    return [item for _line, item in _lines(session, request_id)]


def _lines(session: Session, request_id: int) -> list[tuple[ReleaseRequestItem, Item]]:
    rows = session.execute(
        select(ReleaseRequestItem, Item)
        .join(Item, Item.id == ReleaseRequestItem.item_id)
        .where(ReleaseRequestItem.request_id == request_id)
        .order_by(ReleaseRequestItem.id)
    )
    return [(line, item) for line, item in rows.tuples()]


def _issuers(session: Session, lines: list[tuple[ReleaseRequestItem, Item]]) -> dict[int, str]:
    """Our user who scanned each item out, by item id."""
    out = {}
    for line, item in lines:
        user = session.get(User, line.issued_by) if line.issued_by is not None else None
        out[item.id] = user.full_name if user else ""
    return out


def _witnesses(session: Session, lines: list[tuple[ReleaseRequestItem, Item]]) -> list[str]:
    out = []
    for line, item in lines:
        if line.second_user_id is not None:
            user = session.get(User, line.second_user_id)
            out.append(f"{item.code}: {user.full_name if user else line.second_user_id}")
    return out


def _second_persons(session: Session, lines: list[tuple[ReleaseRequestItem, Item]]) -> list[str]:
    """The second persons of dual control, each once, in the order they first confirmed."""
    ids = dict.fromkeys(line.second_user_id for line, _item in lines if line.second_user_id)
    users = (session.get(User, user_id) for user_id in ids)
    return [user.full_name for user in users if user is not None]


def _recipient_text(request: ReleaseRequest) -> str:
    body = f" - {request.recipient_body}" if request.recipient_body else ""
    return f"{request.recipient_name}{body}"


def _view(session: Session, r: ReleaseRequest) -> ReleaseRequestView:
    case = session.get(Case, r.case_id)
    lines = tuple(
        ReleaseLineView(
            item.id,
            item.code,
            item.name,
            item.category,
            item.status,
            line.issued_at,
            line.issued_by,
            line.second_user_id,
        )
        for line, item in _lines(session, r.id)
    )
    doc_ids = [r.order_document_id, r.slip_document_id, r.minutes_document_id]
    docs = tuple(
        document_view(doc)
        for doc_id in doc_ids
        if doc_id is not None and (doc := session.get(Document, doc_id)) is not None
    )
    return ReleaseRequestView(
        r.id,
        r.case_id,
        case.name if case else "",
        r.purpose,
        Recipient(r.recipient_name, r.recipient_body),
        r.note,
        r.status,
        r.requested_by,
        r.requested_at,
        r.decided_by,
        r.decided_at,
        r.release_at,
        r.reject_reason,
        r.finished_at,
        r.version,
        lines,
        docs,
        terms_of(r),
    )


def require_not_own_issue(
    session: Session, actor: Actor, items: Sequence[Item], purpose: ReleaseRequestPurpose
) -> None:
    """Whoever scanned the items out of the warehouse on the order for ``purpose`` does not
    also record what became of them (the buyer's handover, the destruction): the one who gave
    them out would certify their end. The rule is the agency's separation of duties (issue
    17); the law gives the steps it separates — the exit on the head's order (Decree
    152/2026 Art 37.3) and the council's receipt and destruction (Art 40). Someone else does
    it. (The system actor of imports is no person.)"""
    if actor.user_id is None:
        return
    codes = session.scalars(
        select(Item.code)
        .join(ReleaseRequestItem, ReleaseRequestItem.item_id == Item.id)
        .join(ReleaseRequest, ReleaseRequest.id == ReleaseRequestItem.request_id)
        .where(
            ReleaseRequestItem.item_id.in_([item.id for item in items]),
            ReleaseRequestItem.issued_by == actor.user_id,
            ReleaseRequest.purpose == purpose,
        )
        .order_by(Item.code)
        .distinct()
    ).all()
    if codes:
        raise ValidationError("release.own_issue_end", user=actor.full_name,
                              codes=", ".join(codes[:10]))  # fmt: skip


def require_exit_order(session: Session, item: Item, purpose: ReleaseRequestPurpose) -> datetime:
    """The item was issued from the warehouse on an approved release order (D66) and slip
    (C05) for ``purpose``: no handover to a buyer and no destruction without one (Decree 152
    Art 37.3). Returns the moment it left, so no later paper is dated before it."""
    issued = session.scalar(
        select(ReleaseRequestItem.issued_at)
        .join(ReleaseRequest, ReleaseRequest.id == ReleaseRequestItem.request_id)
        .where(ReleaseRequestItem.item_id == item.id, ReleaseRequestItem.issued_at.is_not(None))
        .where(ReleaseRequest.purpose == purpose)
        .where(ReleaseRequest.status.in_((Status.APPROVED, Status.ISSUED)))
        .order_by(ReleaseRequestItem.issued_at.desc())
        .limit(1)
    )
    if issued is None:
        raise ValidationError("custody.no_release_order", code=item.code, purpose=purpose)
    return issued
