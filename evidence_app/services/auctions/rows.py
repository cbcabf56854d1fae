"""Reading and changing a lot's rows inside the caller's transaction: the steps the
auction service's actions share (sale, payment, item status changes, locking)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AuctionLot,
    AuctionLotItem,
    AuctionPublicNotice,
    AuctionRound,
    Case,
    Item,
    SalePayment,
    Valuation,
)
from evidence_app.domain.enums import EventKind, ItemStatus, LotStatus, SaleMethod
from evidence_app.domain.errors import NotFoundError, StaleEditError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import check_transition
from evidence_app.services.admin import holidays
from evidence_app.services.auctions.checks import vnd
from evidence_app.services.auctions.views import LotView, lot_view, paid_total
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.events import append_event
from evidence_app.services.core.scope import check_case, check_item
from evidence_app.services.custody import check_not_barred
from evidence_app.services.outcomes import add_payment, collected, lot_costs

S = LotStatus
_AVAILABLE = (ItemStatus.IN_STORAGE, ItemStatus.AWAITING_AUCTION)


def sell(
    session: Session, actor: Actor, lot: AuctionLot, method: SaleMethod, name: str,
    address: str, price: int, sold_on: date, payment_days: int,
) -> None:  # fmt: skip
    """The lot goes to its buyer at ``price``: its items become SOLD."""
    lot.sale_method, lot.buyer_name, lot.buyer_address = method, name, address
    lot.price, lot.sold_on, lot.payment_days = price, sold_on, payment_days
    lot.status = S.SOLD
    for item in items_of(session, lot.id):
        extra: dict[str, object] = {"price": price, "method": method.value}
        change_status(
            session, actor, item, EventKind.SOLD, ItemStatus.SOLD, lot, counterpart=name,
            extra=extra,
        )  # fmt: skip


def pay(session: Session, actor: Actor, lot: AuctionLot, amount: int, on: date, note: str) -> None:
    """A payment towards the price; the last one makes the lot PAID and credits the case."""
    assert lot.price is not None
    left = lot.price - paid_total(session, lot.id)
    if amount > left:
        raise ValidationError("auction.overpaid", left=vnd(left), amount=vnd(amount))
    session.add(SalePayment(lot_id=lot.id, amount=amount, paid_on=on,
                            recorded_by=actor.user_id, note=note))  # fmt: skip
    if amount == left:
        lot.paid_on, lot.status = on, S.PAID
        case = session.get(Case, lot.case_id)
        if case is not None:
            credit_case(session, actor, case, lot, on)


def credit_case(session: Session, actor: Actor, case: Case, lot: AuctionLot, on: date) -> None:
    """The proceeds credited to the case as a payment awaiting the head's confirmation: the
    lot's enforcement costs are taken first (Law 106/2025 Art 54.1), then the creditor is paid
    up to what remains to enforce; the rest goes back to the liable person (Art 54.2.c)."""
    assert lot.price is not None
    left = case.amount_to_enforce - collected(session, case.id, pending_too=True)
    if left <= 0:
        return
    costs = lot_costs(session, lot.id)
    add_payment(
        session, case, amount=min(lot.price, left + costs), paid_on=on,
        document=(lot.contract_number or f"#{lot.id}", lot.contract_on or on,
                  lot.organisation or lot.buyer_name),
        recorded_by=actor.user_id, at=datetime.now(UTC), costs=costs, lot_id=lot.id,
        note=f"Tiền bán tài sản: {lot.name}",
    )  # fmt: skip


def default_name(items: list[Item]) -> str:
    first = items[0].name
    return first if len(items) == 1 else f"{first} và {len(items) - 1} tài sản khác"


def available_item(session: Session, item_id: int, case_id: int) -> Item:
    item = session.get(Item, item_id, with_for_update=True, populate_existing=True)
    if item is None:
        raise NotFoundError(what="noun.item", ref=item_id)
    if item.case_id != case_id:
        raise ValidationError("auction.item_not_in_case", code=item.code)
    if item.status not in _AVAILABLE:
        raise ValidationError("auction.item_not_available", code=item.code, status=item.status)
    check_not_barred(session, item)  # Law 106/2025 Art 83.3, third paragraph
    other = session.scalar(select(AuctionLotItem.lot_id).where(AuctionLotItem.item_id == item.id))
    if other is not None:
        raise ValidationError("auction.item_on_lot", code=item.code, lot=other)
    return item


def load_lot(
    session: Session, lot_id: int, expected_version: int | None, *allowed: LotStatus,
    lock: bool = True,
) -> AuctionLot:  # fmt: skip
    """The lot, locked for the rest of the transaction so concurrent steps (two payments,
    a payment and a handover) run one after the other. Reading only: a step that writes
    opens the lot with ``open_lot``, which checks the actor's unit first."""
    lot = session.get(AuctionLot, lot_id, with_for_update=lock, populate_existing=lock)
    if lot is None:
        raise NotFoundError(what="noun.auction_lot", ref=lot_id)
    return _in_step(lot, expected_version, allowed)


def open_lot(
    session: Session, actor: Actor, permission: Permission, lot_id: int,
    expected_version: int | None, *allowed: LotStatus,
) -> AuctionLot:  # fmt: skip
    """The lot a step writes on, locked: ``permission`` granted to ``actor`` in the unit of
    the lot's case and of each of its items (issue 21, services/core/scope.py: a regional
    office acts on its own lots, the provincial head on every unit's), checked before the
    lot's version and status so another unit's lot is refused whatever its state."""
    authorize(session, actor, permission)
    lot = session.get(AuctionLot, lot_id, with_for_update=True, populate_existing=True)
    if lot is None:
        raise NotFoundError(what="noun.auction_lot", ref=lot_id)
    check_lot(session, actor, permission, lot)
    return _in_step(lot, expected_version, allowed)


def check_lot(session: Session, actor: Actor, permission: Permission, lot: AuctionLot) -> None:
    """Refuse (``OtherUnitError``) unless ``permission`` is granted to ``actor`` in the unit
    of the lot's case and in that of every item on it."""
    if actor.is_system:
        return
    check_case(session, actor, permission, lot.case_id)
    for item in items_of(session, lot.id):
        check_item(session, actor, permission, item)


def _in_step(
    lot: AuctionLot, expected_version: int | None, allowed: tuple[LotStatus, ...]
) -> AuctionLot:
    if expected_version is not None and lot.version != expected_version:
        raise StaleEditError(what="noun.auction_lot", ref=lot.id, current=lot.version,
                             expected=expected_version)  # fmt: skip
    if lot.status not in allowed:
        raise ValidationError("auction.wrong_status", ref=lot.id, status=lot.status,
                              allowed=list(allowed))  # fmt: skip
    return lot


def valuations_of(session: Session, lot_id: int) -> list[Valuation]:
    return list(
        session.scalars(select(Valuation).where(Valuation.lot_id == lot_id).order_by(Valuation.seq))
    )


def rounds_of(session: Session, lot_id: int) -> list[AuctionRound]:
    return list(
        session.scalars(
            select(AuctionRound).where(AuctionRound.lot_id == lot_id).order_by(AuctionRound.seq)
        )
    )


def notices_of(session: Session, round_id: int) -> list[date]:
    """The days the round was publicly notified (Law on Asset Auctions Art 57)."""
    query = select(AuctionPublicNotice.published_on).where(AuctionPublicNotice.round_id == round_id)
    return sorted(session.scalars(query))


def items_of(session: Session, lot_id: int) -> list[Item]:
    return list(
        session.scalars(
            select(Item)
            .join(AuctionLotItem, AuctionLotItem.item_id == Item.id)
            .where(AuctionLotItem.lot_id == lot_id)
            .order_by(Item.id)
        )
    )


def change_status(
    session: Session, actor: Actor, item: Item, kind: EventKind, target: ItemStatus,
    lot: AuctionLot, document_id: int | None = None, *, counterpart: str | None = None,
    extra: dict[str, object] | None = None, note: str | None = None,
) -> None:  # fmt: skip
    check_transition(item.status, target)
    append_event(
        session, item, kind, actor_id=actor.user_id, status_before=item.status,
        status_after=target, document_id=document_id, counterpart=counterpart,
        data={"lot": lot.id, **(extra or {})}, note=note,
    )  # fmt: skip
    item.status = target


def owed(session: Session, lot: AuctionLot) -> int:
    """What remains to enforce on the lot's case (pending payments counted)."""
    case = session.get(Case, lot.case_id)
    assert case is not None
    return max(0, case.amount_to_enforce - collected(session, case.id, pending_too=True))


def done(session: Session, lot: AuctionLot) -> LotView:
    session.flush()
    return lot_view(session, lot, holidays(session))
