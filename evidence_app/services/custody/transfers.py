"""Transfers of items between units' warehouses (issue 21): two steps, two people, two papers.

Each regional office keeps its own warehouses (Law 106/2025 Art 13–14); an item going from
one unit's warehouse to another's changes keeper, so it is handed over on a paper like any
change of custody (Decree 152/2026 Art 37.2: giao nhận by minutes signed by both sides):

1. ``send``: the sending unit's keeper (a role moving items in the items' unit) lists stored
   items of that unit and the receiving unit's location; the sending unit issues its
   handover paper (biên bản giao), numbered in its own sequence. The items are in transit:
   they stay on the sending unit's books, and no move, no second transfer takes them.
2. ``receive``: a keeper of the receiving unit, another person than the sender (two people
   sign a handover, Decree 152/2026 Art 37.2), confirms receipt; the receiving unit issues its
   receipt paper (biên bản nhận) and every item is MOVED to the receiving location, its event
   citing the receipt paper.

Refused, writing nothing: a user without the moving role in the sending (or receiving)
unit, items of several units or not stored, a target in the same unit (an ordinary move), a
receipt by the sender himself, a second receipt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import (
    Agency,
    Case,
    Document,
    Item,
    Location,
    Unit,
    UnitTransfer,
    UnitTransferItem,
    User,
    Warehouse,
)
from evidence_app.documents.content import DocumentHeader, DocumentLine, HandoverMinutes, Signer
from evidence_app.domain import display
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import DocumentKind, EventKind
from evidence_app.domain.errors import NotFoundError, UnknownCodeError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import value
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.events import append_event
from evidence_app.services.core.scope import (
    check_unit,
    item_unit_id,
    location_unit_id,
    visible_unit_ids,
)
from evidence_app.services.core.transit import check_not_in_transit
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody.body_keeper import DATA_KEY, keeper_data
from evidence_app.services.custody.placement import MOVABLE, active_location, check_place
from evidence_app.services.custody.release_papers import storage_place
from evidence_app.services.documents import issue_document

KEEPER = "Thủ kho vật chứng"


@dataclass(frozen=True, slots=True)
class TransferView:
    id: int
    from_unit: str
    to_unit: str
    to_location: str
    item_codes: tuple[str, ...]
    sent_by: str
    sent_at: datetime
    handover_number: str
    handover_document_id: int
    received_by: str
    received_at: datetime | None
    receipt_number: str
    receipt_document_id: int | None

    @property
    def received(self) -> bool:
        return self.received_at is not None


@dataclass(frozen=True, slots=True)
class SendableItem:
    """A scanned item the actor may list on a handover paper (``TransferService.sendable``)."""

    id: int
    code: str
    name: str
    unit_id: int
    unit: str


class TransferService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def send(
        self, actor: Actor, item_ids: Sequence[int], to_location_id: int, note: str = ""
    ) -> TransferView:
        """Step 1: the sending unit hands the items over on its paper; they are in transit."""
        note = v.text_field(note, "field.note", limit=1000)
        wanted = list(dict.fromkeys(item_ids))
        if not wanted:
            raise ValidationError("validation.required", field="noun.item")
        with unit_of_work(self.db, "noun.transfer", ",".join(map(str, wanted))) as session:
            authorize(session, actor, Permission.MOVE_ITEMS)
            target = active_location(session, to_location_id)
            items = _locked(session, wanted)
            from_unit = item_unit_id(session, items[0])
            to_unit = location_unit_id(session, target.id)
            # The sender acts for the items' unit (issue 21: each office moves its own).
            check_unit(session, actor, Permission.MOVE_ITEMS, from_unit)
            for item in items:
                _check_sendable(session, item, from_unit)
                check_place(session, item, target)
            if to_unit == from_unit:
                unit = session.get(Unit, from_unit)
                raise ValidationError("transfer.same_unit", unit=unit.name if unit else "")
            at = utcnow()
            transfer = UnitTransfer(
                from_unit_id=from_unit, to_unit_id=to_unit, to_location_id=target.id,
                sent_by=actor.user_id, sent_at=at, note=note or "",
                handover_document_id=0, item_count=len(items),
            )  # fmt: skip
            paper = _paper(session, actor, transfer, items, at, sending=True)
            transfer.handover_document_id = paper.id
            session.add(transfer)
            session.flush()
            session.add_all(UnitTransferItem(transfer_id=transfer.id, item_id=i.id) for i in items)
            session.flush()
            return _view(session, transfer)

    def receive(self, actor: Actor, transfer_id: int) -> TransferView:
        """Step 2: the receiving unit's keeper confirms; its paper, then the items' moves."""
        with unit_of_work(self.db, "noun.transfer", str(transfer_id)) as session:
            authorize(session, actor, Permission.MOVE_ITEMS)
            transfer = session.get(UnitTransfer, transfer_id, with_for_update=True)
            if transfer is None:
                raise NotFoundError(what="noun.transfer", ref=transfer_id)
            check_unit(session, actor, Permission.MOVE_ITEMS, transfer.to_unit_id)
            handover = session.get(Document, transfer.handover_document_id)
            number = handover.number if handover else ""
            if transfer.received_at is not None:
                raise ValidationError(
                    "transfer.already_received", number=number,
                    on=display.day(transfer.received_at),
                )  # fmt: skip
            if transfer.sent_by == actor.user_id:
                raise ValidationError("transfer.same_person", name=actor.full_name)
            target = active_location(session, transfer.to_location_id)
            items = _locked(session, _item_ids(session, transfer.id))
            at = utcnow()
            paper = _paper(session, actor, transfer, items, at, sending=False, handover=number)
            # Closed first: the receipt's own moves are the items' way out of transit.
            transfer.received_by = actor.user_id
            transfer.received_at = at
            transfer.receipt_document_id = paper.id
            session.flush()
            for item in items:
                check_place(session, item, target)
                by = keeper_data(session, (item.warehouse_id, target.warehouse_id), None, item.code)
                append_event(
                    session, item, EventKind.MOVED, actor_id=actor.user_id,
                    from_location_id=item.location_id, to_location_id=target.id,
                    document_id=paper.id, note=f"Nhận theo biên bản giao {number}",
                    data={DATA_KEY: by} if by else None,
                )  # fmt: skip
                item.location_id, item.warehouse_id = target.id, target.warehouse_id
            session.flush()
            return _view(session, transfer)

    def sendable(self, actor: Actor, code: str, unit_id: int | None = None) -> SendableItem:
        """One scanned item checked as ``send`` will check it, writing nothing: a known item,
        of a unit whose items ``actor`` moves, stored and not in transit, and of ``unit_id``
        (the unit of the items listed so far) when given. Refused with the reason."""
        code = v.text_field(code, "field.code", limit=60, required=True).upper()
        with unit_of_work(self.db, "noun.item", code, read_only=True) as session:
            authorize(session, actor, Permission.MOVE_ITEMS)
            item = session.scalar(select(Item).where(Item.code == code))
            if item is None:
                raise UnknownCodeError("item", code)
            own = item_unit_id(session, item)
            # The sender acts for the items' unit (issue 21: each office moves its own).
            check_unit(session, actor, Permission.MOVE_ITEMS, own)
            _check_sendable(session, item, own if unit_id is None else unit_id)
            unit = session.get(Unit, own)
            return SendableItem(item.id, item.code, item.name, own, unit.name if unit else "")

    def target_location(self, actor: Actor, code: str) -> int:
        """The id of the active location ``code`` in any unit: a sender names the receiving
        unit's location, which his own scoped look-ups do not show (issue 21)."""
        code = v.text_field(code, "field.code", limit=60, required=True).upper()
        with unit_of_work(self.db, "noun.location", code, read_only=True) as session:
            authorize(session, actor, Permission.MOVE_ITEMS)
            found = session.scalar(
                select(Location.id).where(Location.code == code, Location.active.is_(True))
            )
            if found is None:
                raise NotFoundError(what="noun.location", ref=code)
            return int(found)

    def open_transfers(self, actor: Actor) -> list[TransferView]:
        """Transfers not yet received, to or from the units ``actor`` sees, oldest first."""
        with unit_of_work(self.db, "noun.transfer", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = (
                select(UnitTransfer)
                .where(UnitTransfer.received_at.is_(None))
                .order_by(UnitTransfer.id)
            )
            visible = visible_unit_ids(session, actor)
            if visible is not None:
                units = sorted(visible)
                query = query.where(
                    or_(UnitTransfer.to_unit_id.in_(units), UnitTransfer.from_unit_id.in_(units))
                )
            return [_view(session, t) for t in session.scalars(query)]

    def get(self, actor: Actor, transfer_id: int) -> TransferView:
        with unit_of_work(self.db, "noun.transfer", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            transfer = session.get(UnitTransfer, transfer_id)
            if transfer is None:
                raise NotFoundError(what="noun.transfer", ref=transfer_id)
            visible = visible_unit_ids(session, actor)
            if visible is not None and not {transfer.from_unit_id, transfer.to_unit_id} & visible:
                check_unit(session, actor, Permission.VIEW, transfer.to_unit_id)
            return _view(session, transfer)


def _locked(session: Session, item_ids: Sequence[int]) -> list[Item]:
    """The items, row-locked in id order (as a move batch locks them), in the given order."""
    rows = session.scalars(
        select(Item)
        .where(Item.id.in_(sorted(item_ids)))
        .order_by(Item.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    by_id = {i.id: i for i in rows}
    missing = [i for i in item_ids if i not in by_id]
    if missing:
        raise NotFoundError(what="noun.item", ref=missing[0])
    return [by_id[i] for i in item_ids]


def _check_sendable(session: Session, item: Item, from_unit: int) -> None:
    if item.status not in MOVABLE or item.location_id is None:
        raise ValidationError("transfer.not_stored", code=item.code, status=item.status)
    if item_unit_id(session, item) != from_unit:
        unit = session.get(Unit, from_unit)
        raise ValidationError(
            "transfer.mixed_units", code=item.code, unit=unit.name if unit else ""
        )
    check_not_in_transit(session, [item.id])


def _item_ids(session: Session, transfer_id: int) -> list[int]:
    return list(
        session.scalars(
            select(UnitTransferItem.item_id)
            .where(UnitTransferItem.transfer_id == transfer_id)
            .order_by(UnitTransferItem.item_id)
        )
    )


def _paper(
    session: Session,
    actor: Actor,
    transfer: UnitTransfer,
    items: Sequence[Item],
    at: datetime,
    *,
    sending: bool,
    handover: str = "",
) -> Document:
    """The sender's handover paper or the receiver's receipt paper, each issued (header and
    number) by its own unit (``issue_document(..., unit_id=…)``)."""
    agency = session.scalars(select(Agency).order_by(Agency.id)).first()
    giver = session.get(Unit, transfer.from_unit_id)
    taker = session.get(Unit, transfer.to_unit_id)
    target = session.get(Location, transfer.to_location_id)
    house = session.get(Warehouse, target.warehouse_id) if target else None
    sender = session.get(User, transfer.sent_by)
    cases = sorted({i.case_id for i in items if i.case_id is not None})
    names: list[str] = (
        list(session.scalars(select(Case.name).where(Case.id.in_(cases)).order_by(Case.name)))
        if cases
        else []
    )
    where = f"{house.name if house else ''} – {target.name if target else ''}".strip(" –")
    lines = tuple(
        DocumentLine(
            code=i.code,
            name=i.name,
            unit=i.unit,
            quantity=i.quantity,
            condition=i.condition or "",
            recorded_condition=i.condition or "",
        )
        for i in items
    )
    if sending:
        note = f"Chuyển đến {taker.name if taker else ''}, {where}. {transfer.note}".strip()
        keeper = Signer(f"{KEEPER} bên nhận", "")
    else:
        note = f"Nhận theo biên bản giao số {handover}, đưa vào {where}. {transfer.note}".strip()
        keeper = Signer(KEEPER, actor.full_name)
    content = HandoverMinutes(
        header=DocumentHeader(
            agency.managing_agency if agency else "",
            agency.name if agency else "",
            agency.place_name if agency else "",
            agency_date(at),
        ),
        received_at=at,
        place=storage_place(session, list(items), agency),
        case_name="; ".join(names),
        delivering_body=giver.name if giver else "",
        representative=sender.full_name if sender else actor.full_name,
        representative_position=KEEPER,
        keeper=keeper,
        officer=Signer(KEEPER, actor.full_name if not sending else ""),
        seizure_record_number="",
        seizure_record_date=None,
        lines=lines,
        copies=value("handover.copies"),
        note=note,
        recipients=(
            f"{giver.name if giver else ''} (bên giao)",
            f"{taker.name if taker else ''} (bên nhận)",
        ),
    )
    unit = transfer.from_unit_id if sending else transfer.to_unit_id
    return issue_document(
        session, actor.user_id, DocumentKind.HANDOVER_MINUTES, content,
        case_id=cases[0] if len(cases) == 1 else None, items=items, unit_id=unit,
    )  # fmt: skip


def _view(session: Session, t: UnitTransfer) -> TransferView:
    def name(user_id: int | None) -> str:
        user = session.get(User, user_id) if user_id else None
        return user.full_name if user else ""

    def number(document_id: int | None) -> str:
        doc = session.get(Document, document_id) if document_id else None
        return doc.number if doc else ""

    giver, taker = session.get(Unit, t.from_unit_id), session.get(Unit, t.to_unit_id)
    target = session.get(Location, t.to_location_id)
    codes = session.scalars(
        select(Item.code)
        .join(UnitTransferItem, UnitTransferItem.item_id == Item.id)
        .where(UnitTransferItem.transfer_id == t.id)
        .order_by(Item.code)
    )
    return TransferView(
        t.id, giver.name if giver else "", taker.name if taker else "",
        f"{target.name} ({target.code})" if target else "", tuple(codes),
        name(t.sent_by), t.sent_at, number(t.handover_document_id), t.handover_document_id,
        name(t.received_by), t.received_at, number(t.receipt_document_id), t.receipt_document_id,
    )  # fmt: skip
