"""Between the sale and the handover (issue 18): the public notices of a scheduled round (Law
on Asset Auctions Art 57), the sale money deposited in a bank when the asset is not handed
over within 10 days of full payment (Decree 152/2026 Art 65.2, 30.7), and the buyer's
cancellation of the purchase when the asset is not handed over in time (Art 67.4).
A mixin of ``AuctionService``: each action is one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    AuctionLot,
    AuctionPublicNotice,
    AuctionRound,
    SaleBankDeposit,
    SalePayment,
)
from evidence_app.domain.enums import EventKind, ItemStatus, LotStatus, RoundOutcome, SaleMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.admin import holidays
from evidence_app.services.auctions.checks import (
    check_not_after,
    check_not_before,
    dmy,
    money,
    vnd,
)
from evidence_app.services.auctions.deadlines import handover_due
from evidence_app.services.auctions.rows import (
    change_status,
    done,
    items_of,
    open_lot,
    rounds_of,
)
from evidence_app.services.auctions.views import LotView, paid_total
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.closed_periods import require_open_period
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.outcomes import void_lot_credit

S = LotStatus
LEDGER = "auction_ledger"


class AfterSaleActions:
    """Public notices, the sale money in a bank and the buyer's cancellation."""

    db: Database
    today: Callable[[], date]

    def _dated_on(self, session: Session, on: date, field: str) -> None:
        check_not_after(on, self.today(), field)
        require_open_period(session, LEDGER, on)

    def record_public_notice(
        self,
        actor: Actor,
        lot_id: int,
        published_on: date,
        medium: str,
        expected_version: int | None = None,
    ) -> LotView:
        """A public notice of the scheduled round in the press and on the auction website
        (Law on Asset Auctions Art 57.1): a fact, recorded as it happened, after the contract
        and before the auction; whether the notices were enough and in time is checked when
        the auction's result is recorded (``_held_round``)."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version,
                           S.ROUND_SCHEDULED)  # fmt: skip
            current = rounds_of(session, lot.id)[-1]
            add_notice(session, actor, lot, current, published_on, medium, self.today())
            return done(session, lot)

    def deposit_in_bank(
        self,
        actor: Actor,
        lot_id: int,
        deposited_on: date,
        bank: str,
        amount: int,
    ) -> LotView:
        """The buyer's money, paid in full but the asset not yet handed over, deposited in a
        commercial bank in the agency's name as a 1-month term deposit until the handover
        (Decree 152/2026 Art 65.2, 30.7): the whole amount paid, once per payment, not
        before the full payment; a deposit after day 10 is still recorded (the duty stays
        owed), and clears the dashboard's deadline."""
        bank = v.text_field(bank, "field.bank", limit=300, required=True)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.RECORD_SALE_PAYMENT, lot_id, None, S.PAID)
            if lot.sale_method is not SaleMethod.AUCTION:
                raise ValidationError("auction.bank_not_auction")
            assert lot.paid_on is not None
            self._dated_on(session, deposited_on, "field.bank_deposited_on")
            check_not_before(deposited_on, lot.paid_on, "field.bank_deposited_on",
                             "field.paid_on")  # fmt: skip
            earlier = session.scalar(
                select(SaleBankDeposit.deposited_on)
                .where(SaleBankDeposit.lot_id == lot.id)
                .where(SaleBankDeposit.deposited_on >= lot.paid_on)
            )
            if earlier is not None:
                raise ValidationError("auction.already_banked", day=dmy(earlier))
            paid = paid_total(session, lot.id)
            sum_ = money(amount, "field.amount")
            if sum_ != paid:  # Art 30.7: "số tiền đó", the money collected
                raise ValidationError("auction.bank_amount", amount=vnd(sum_), paid=vnd(paid))
            session.add(SaleBankDeposit(lot_id=lot.id, deposited_on=deposited_on, bank=bank,
                                        amount=sum_, recorded_by=actor.user_id))  # fmt: skip
            return done(session, lot)

    def buyer_cancels(
        self,
        actor: Actor,
        lot_id: int,
        cancelled_on: date,
        request: str,
        expected_version: int | None = None,
    ) -> LotView:
        """The buyer paid but the asset was not handed over by the end of the period: he
        may ask to cancel the purchase (Decree 152/2026 Art 67.4; Civil Code Art 427). Only
        after the period's last day; recorded on his request, the money he paid returned to
        him (a refund row, so the lot owes nothing), his deposit not forfeited (the delay is
        not his), the items SOLD → AWAITING_AUCTION and the lot back to auction at the same
        starting price, as after an unpaid sale."""
        request = v.text_field(request, "field.buyer_cancel_request", limit=300, required=True)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id, expected_version,
                           S.PAID)  # fmt: skip
            if lot.sale_method is not SaleMethod.AUCTION:
                raise ValidationError("auction.cancel_not_auction")
            self._dated_on(session, cancelled_on, "field.cancelled_on")
            due = handover_due(lot, holidays(session))
            assert due is not None
            if cancelled_on <= due:  # Art 67.4: only once the period ran out
                raise ValidationError("auction.buyer_cancel_early", due=dmy(due),
                                      day=dmy(cancelled_on))  # fmt: skip
            refund = paid_total(session, lot.id)
            note = f"Hoàn trả người mua (Điều 67.4): {request}"[:300]
            session.add(SalePayment(lot_id=lot.id, amount=-refund, paid_on=cancelled_on,
                                    recorded_by=actor.user_id, note=note))  # fmt: skip
            current = rounds_of(session, lot.id)[-1]
            current.outcome = RoundOutcome.BUYER_CANCELLED
            extra: dict[str, object] = {
                "buyer": lot.buyer_name, "price": lot.price, "due": due.isoformat(),
                "cancelled_on": cancelled_on.isoformat(), "refund": refund, "request": request,
                "by": "buyer", "article": "Nghị định 152/2026/NĐ-CP, Điều 67.4",
            }  # fmt: skip
            for item in items_of(session, lot.id):
                change_status(session, actor, item, EventKind.SALE_CANCELLED,
                              ItemStatus.AWAITING_AUCTION, lot, extra=extra)  # fmt: skip
            # The refunded proceeds no longer count for the case, once a head accepts.
            paper = (lot.contract_number or f"#{lot.id}", lot.buyer_name)
            void_lot_credit(session, actor, lot.id, cancelled_on, paper, note)
            _clear_sale(lot)
            return done(session, lot)


def add_notice(
    session: Session,
    actor: Actor,
    lot: AuctionLot,
    current: AuctionRound,
    published_on: date,
    medium: str,
    today: date,
) -> None:
    """One public notice of ``current``: not in the future, in an open ledger period, not
    before the contract, before the auction."""
    medium = v.text_field(medium, "field.notice_medium", limit=300, required=True)
    check_not_after(published_on, today, "field.notice_published_on")
    require_open_period(session, LEDGER, published_on)
    if lot.contract_on is not None:
        check_not_before(published_on, lot.contract_on, "field.notice_published_on",
                         "field.contract_on")  # fmt: skip
    if published_on >= current.auction_on:
        raise ValidationError("auction.notice_after_auction", day=dmy(published_on),
                              auction=dmy(current.auction_on))  # fmt: skip
    session.add(AuctionPublicNotice(round_id=current.id, published_on=published_on,
                                    medium=medium, recorded_by=actor.user_id))  # fmt: skip


def _clear_sale(lot: AuctionLot) -> None:
    lot.sale_method, lot.buyer_name, lot.buyer_address = None, "", ""
    lot.price, lot.sold_on, lot.payment_days, lot.paid_on = None, None, None, None
    lot.status = S.CONTRACTED
