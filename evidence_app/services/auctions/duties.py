"""Separation of duties in a sale: whoever recorded the sale neither records the buyer's money
nor hands the asset over, and whoever recorded the money does not hand it over, whatever roles
one person holds (issue 17): three people for three duties. The creditor's taking is the one act
that records the sale and its "payment" together — no money changes hands, the price is set
against the enforced sum (Decree 152 Art 65.6) — and its handover still needs someone else."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuctionLot, AuctionLotItem, CustodyEvent, SalePayment, User
from evidence_app.domain.enums import EventKind
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core.auth import Actor


def check_not_own_sale(
    session: Session, actor: Actor, lot: AuctionLot, key: str = "sale.own_sale"
) -> None:
    """``key`` says which second duty is refused (the money, or the handover)."""
    if actor.user_id is None:  # the system (imports, demo) holds no duty
        return
    seller = session.scalar(
        select(CustodyEvent.actor_id)
        .join(AuctionLotItem, AuctionLotItem.item_id == CustodyEvent.item_id)
        .where(AuctionLotItem.lot_id == lot.id, CustodyEvent.kind == EventKind.SOLD)
        .order_by(CustodyEvent.id.desc())
        .limit(1)
    )
    if seller == actor.user_id:
        raise ValidationError(key, user=_name(session, actor), lot=lot.id)


def check_not_own_payment(session: Session, actor: Actor, lot: AuctionLot) -> None:
    if actor.user_id is None:
        return
    paid = session.scalar(
        select(SalePayment.id).where(
            SalePayment.lot_id == lot.id,
            SalePayment.recorded_by == actor.user_id,
            SalePayment.amount > 0,  # a refund to a cancelling buyer is not a payment (Art 67.4)
        )
    )
    if paid is not None:
        raise ValidationError("sale.own_payment", user=_name(session, actor), lot=lot.id)


def _name(session: Session, actor: Actor) -> str:
    user = session.get(User, actor.user_id)
    return user.full_name if user else actor.username
