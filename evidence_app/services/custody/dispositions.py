"""The disposition a judgment ordered, recorded with its document, and the gate every
irreversible step passes (Law 106/2025 Art 56–60).

Recording or changing an item's disposition is a custody event citing the judgment or decision
(number, date, court or body), done by an officer or the head, never by the keeper who holds the
item. Release requests, auction lots, sales and destruction councils call the ``check_*``
functions inside their own transaction, so a step against the order writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuctionLot, AuctionLotItem, Case, CaseNotice, Item
from evidence_app.domain import disposition as rules
from evidence_app.domain.clock import agency_today
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import (
    Disposition,
    EventKind,
    ItemStatus,
    LotStatus,
    NoticeKind,
    ReleaseRequestPurpose,
)
from evidence_app.domain.errors import FinalStateError, NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.events import append_event
from evidence_app.services.core.login import Witness
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import item_view, ordered
from evidence_app.services.custody.dual_control import second_user, witness_data

#: Items whose disposition may still be recorded or changed: held, or out on a temporary
#: release; once on its way out (approved, awaiting sale or destruction) the order stands.
CHANGEABLE = frozenset({ItemStatus.RECEIVED, ItemStatus.IN_STORAGE, ItemStatus.CHECKED_OUT})


@dataclass(frozen=True, slots=True)
class DispositionOrder:
    """What the officer records: the disposition, and the judgment or decision ordering it."""

    disposition: Disposition
    source: DispositionSource


#: The disposition whose items a notice is about.
NOTICE_FOR: dict[NoticeKind, Disposition] = {
    NoticeKind.RETURN_TO_OWNER: Disposition.RETURN_TO_OWNER,
    NoticeKind.CONFISCATION: Disposition.CONFISCATE,
}


@dataclass(frozen=True, slots=True)
class NoticeDraft:
    """A notice sent for a case's items: its number, the day it was given, to whom."""

    kind: NoticeKind
    number: str
    notified_on: date
    recipient: str = ""


@dataclass(frozen=True, slots=True)
class NoticeView:
    id: int
    case_id: int
    kind: NoticeKind
    number: str
    notified_on: date
    recipient: str


class DispositionService:
    """Record what a judgment or decision orders for items, one custody event per item, and
    the notices that start the deadlines of Law Art 57 and 59."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        actor: Actor,
        item_ids: Sequence[int],
        order: DispositionOrder,
        witness: Witness | None = None,
    ) -> list[ItemView]:
        """Set the ordered disposition of ``item_ids`` (one transaction: all or none).

        Changing the disposition already ordered for an item under dual control (cash, gold,
        drugs, weapons…) needs ``witness``, the second person's own name and password, as
        its leaving does: "confiscate" made "return to owner" is how cash would go to the
        wrong hands (issue 17). The first order, cited from the judgment, needs none."""
        disposition = v.member(Disposition, order.disposition, "field.disposition")
        source = _cleaned(order.source)
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise ValidationError("release.no_items")
        second_actor = witness.authenticate(self.db) if witness is not None else None
        with unit_of_work(self.db, "noun.item", ",".join(map(str, ids[:5]))) as session:
            authorize(session, actor, Permission.DECIDE_DISPOSITION)
            items = _locked(session, ids)
            for item in items:
                _record_one(session, actor, item, disposition, source, second_actor)
            session.flush()
            return [item_view(i) for i in items]

    def record_notice(self, actor: Actor, case_id: int, draft: NoticeDraft) -> NoticeView:
        """The notice to the parties (Art 59.1) or to the receiving body (Art 57.1), given on
        or after the QĐ THA, for a case that holds items so ordered."""
        kind = v.member(NoticeKind, draft.kind, "field.notice_kind")
        number = v.text_field(draft.number, "field.notice_number", limit=120, required=True)
        recipient = v.text_field(draft.recipient, "field.recipient", limit=300)
        if draft.notified_on is None:
            raise ValidationError("validation.required", field="field.notice_date")
        if draft.notified_on > agency_today():
            raise ValidationError("disposition.notice_future")
        with unit_of_work(self.db, "noun.case", str(case_id)) as session:
            authorize(session, actor, Permission.DECIDE_DISPOSITION)
            case = session.get(Case, case_id)
            if case is None:
                raise NotFoundError(what="noun.case", ref=case_id)
            if not case.decision_number or case.decision_date is None:
                raise ValidationError("disposition.notice_no_decision", case=case.name)
            if draft.notified_on < case.decision_date:
                raise ValidationError(
                    "disposition.notice_before_decision", number=case.decision_number
                )
            held = session.scalar(
                select(Item.id).where(
                    Item.case_id == case_id,
                    Item.disposition == NOTICE_FOR[kind],
                    Item.status.not_in(sorted(FINAL_STATES)),
                )
            )
            if held is None:
                raise ValidationError(
                    "disposition.notice_nothing", case=case.name, ordered=NOTICE_FOR[kind]
                )
            notice = CaseNotice(
                case_id=case_id, kind=kind, number=number, notified_on=draft.notified_on,
                recipient=recipient, recorded_by=actor.user_id,
            )  # fmt: skip
            session.add(notice)
            session.flush()
            return _notice_view(notice)

    def notices(self, actor: Actor, case_id: int) -> list[NoticeView]:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            rows = session.scalars(
                select(CaseNotice).where(CaseNotice.case_id == case_id).order_by(CaseNotice.id)
            )
            return [_notice_view(n) for n in rows]


def _notice_view(n: CaseNotice) -> NoticeView:
    return NoticeView(n.id, n.case_id, n.kind, n.number, n.notified_on, n.recipient)


def _cleaned(source: DispositionSource) -> DispositionSource:
    number = v.text_field(source.number, "field.disposition_number", limit=120, required=True)
    body = v.text_field(source.body, "field.disposition_body", limit=300, required=True)
    if source.issued_on is None:
        raise ValidationError("validation.required", field="field.disposition_date")
    if source.issued_on > agency_today():
        raise ValidationError("disposition.source_future")
    return DispositionSource(number, source.issued_on, body)


def _locked(session: Session, ids: list[int]) -> list[Item]:
    """The items, rows locked in id order (PostgreSQL) so concurrent orders queue."""
    query = select(Item).where(Item.id.in_(ids)).order_by(Item.id).with_for_update()
    by_id = {i.id: i for i in session.scalars(query)}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise NotFoundError(what="noun.item", ref=missing[0])
    return [by_id[i] for i in ids]


def _record_one(
    session: Session,
    actor: Actor,
    item: Item,
    disposition: Disposition,
    source: DispositionSource,
    second_actor: Actor | None = None,
) -> None:
    if item.status in FINAL_STATES:
        raise FinalStateError(status=item.status)
    if item.status not in CHANGEABLE:
        raise ValidationError("disposition.not_changeable", code=item.code, status=item.status)
    check_not_barred(session, item)  # Law 106/2025 Art 83.3, third paragraph
    before = ordered(item)
    if item.disposition is disposition and item.disposition_ref == source.number:
        raise ValidationError(
            "disposition.same", code=item.code, ordered=disposition, source=before.source
        )
    witnessed: dict[str, object] = {}
    note = source.text()
    if before.disposition not in (Disposition.UNDECIDED, disposition):
        try:
            second = second_user(session, actor, item, second_actor)
        except ValidationError as exc:  # said of a disposition, not of an item leaving
            if exc.key != "release.second_user_required":
                raise
            raise ValidationError("disposition.second_user_required", code=item.code,
                                  category=item.category) from exc  # fmt: skip
        witnessed, confirmed = witness_data(second)
        note = f"{note}. {confirmed}" if confirmed else note
    item.disposition = disposition
    item.disposition_ref, item.disposition_body = source.number, source.body
    item.disposition_date = source.issued_on
    append_event(
        session,
        item,
        EventKind.DISPOSITION_SET,
        actor_id=actor.user_id,
        note=note,
        data={
            **witnessed,
            "disposition": [before.disposition.value, disposition.value],
            "source": {
                "number": source.number,
                "date": source.issued_on.isoformat() if source.issued_on else None,
                "body": source.body,
            },
            "previous_source": before.source,
        },
    )


def _decision_of(session: Session, item: Item) -> str:
    if item.case_id is None:
        return ""
    return session.scalar(select(Case.decision_number).where(Case.id == item.case_id)) or ""


def check_release_basis(
    session: Session, item: Item, purpose: ReleaseRequestPurpose, note: str = ""
) -> None:
    """The item may leave for ``purpose``: its case has a QĐ THA and the order allows it.
    A temporary release (trích xuất) serves the proceedings and comes back: neither applies."""
    if purpose is ReleaseRequestPurpose.TEMPORARY_RELEASE:
        return
    rules.require_enforcement_decision(item.code, _decision_of(session, item))
    if purpose is not ReleaseRequestPurpose.RETURN_TO_OWNER:
        check_not_barred(session, item)  # Law 106/2025 Art 83.3, third paragraph
    rules.check_release(ordered(item), purpose, note, back_to_debtor(session, item))


def back_to_debtor(session: Session, item: Item) -> bool:
    """The item's last lot ended with the debtor redeeming it (Law 106/2025 Art 83.4) or
    getting it back at the enforcement costs (Art 83.3)."""
    status = session.scalar(
        select(AuctionLot.status)
        .join(AuctionLotItem, AuctionLotItem.lot_id == AuctionLot.id)
        .where(AuctionLotItem.item_id == item.id)
        .order_by(AuctionLot.id.desc())
        .limit(1)
    )
    return status in (LotStatus.REDEEMED, LotStatus.RETURNED_TO_DEBTOR)


def barred_from_transactions(session: Session, item: Item) -> bool:
    """The item went back to the debtor at the cost floor (its last lot RETURNED_TO_DEBTOR)
    and its case is not yet recorded completed: the debtor may not put it into any civil
    transaction until the obligation is done (Law 106/2025 Art 83.3, third paragraph)."""
    row = session.execute(
        select(AuctionLot.status, Case.completed_on)
        .join(AuctionLotItem, AuctionLotItem.lot_id == AuctionLot.id)
        .join(Case, Case.id == AuctionLot.case_id)
        .where(AuctionLotItem.item_id == item.id)
        .order_by(AuctionLot.id.desc())
        .limit(1)
    ).first()
    return row is not None and row.status is LotStatus.RETURNED_TO_DEBTOR and not row.completed_on


def check_not_barred(session: Session, item: Item) -> None:
    """Refuse a new lot, a sale, a release for any purpose but returning it to the debtor,
    a destruction or a new disposition of a barred item (Law 106/2025 Art 83.3, third
    paragraph) until its case is recorded completed (an accepted outcome, Art 22)."""
    if barred_from_transactions(session, item):
        raise ValidationError("disposition.barred", code=item.code)


def check_sale_basis(session: Session, item: Item) -> None:
    """The item may be valued and sold: a QĐ THA, and ordered sold or distrained (Art 60)."""
    rules.require_enforcement_decision(item.code, _decision_of(session, item))
    check_not_barred(session, item)  # Law 106/2025 Art 83.3, third paragraph
    rules.check_sale(ordered(item), back_to_debtor(session, item))


def check_destruction_basis(session: Session, item: Item) -> None:
    """The item may go to the council: a QĐ THA, and ordered destroyed (Art 58.1)."""
    rules.require_enforcement_decision(item.code, _decision_of(session, item))
    check_not_barred(session, item)  # Law 106/2025 Art 83.3, third paragraph
    rules.check_destruction(ordered(item))
