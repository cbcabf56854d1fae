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
    SaleBankMovement,
    SalePayment,
)
from evidence_app.domain.enums import (
    BankMovement,
    EventKind,
    ItemStatus,
    LotStatus,
    RoundOutcome,
    SaleMethod,
)
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
from evidence_app.services.auctions.reschedule import check_after_reschedule
from evidence_app.services.auctions.rows import (
    change_status,
    done,
    items_of,
    open_lot,
    rounds_of,
)
from evidence_app.services.auctions.views import LotView, bank_balance, paid_total
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

    def record_bank_movement(
        self,
        actor: Actor,
        lot_id: int,
        kind: BankMovement,
        moved_on: date,
        amount: int,
        note: str = "",
    ) -> LotView:
        """What happened to the sale money the agency banked (Decree 152/2026 Art 65.2, 30.7):
        the bank's interest credited to the deposit, or the money taken out, returned to the
        buyer who cancelled the purchase (Art 67.4; Civil Code Art 427) or paid out to the
        case once the asset was handed over (Art 65.2: banked "until the handover"). Refused
        before any deposit, dated before it or in the future, above the deposit's balance, a
        return without the buyer's cancellation, a payout before the handover. Append-only."""
        note = v.text_field(note, "field.bank_movement_note", limit=300)
        kind = v.member(BankMovement, kind, "field.bank_movement")
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.RECORD_SALE_PAYMENT, lot_id, None, *S)
            deposit = session.scalars(
                select(SaleBankDeposit)
                .where(SaleBankDeposit.lot_id == lot.id)
                .order_by(SaleBankDeposit.id.desc())
            ).first()
            if deposit is None:  # nothing in a bank: nothing to credit or take out
                raise ValidationError("auction.bank_nothing_deposited")
            self._dated_on(session, moved_on, "field.bank_moved_on")
            check_not_before(moved_on, deposit.deposited_on, "field.bank_moved_on",
                             "field.bank_deposited_on")  # fmt: skip
            sum_ = money(amount, "field.amount")
            if sum_ <= 0:
                raise ValidationError("validation.not_positive", field="field.amount")
            if kind is not BankMovement.INTEREST:
                balance = bank_balance(session, deposit.id, deposit.amount)
                if sum_ > balance:
                    raise ValidationError("auction.bank_above_balance", amount=vnd(sum_),
                                          balance=vnd(balance))  # fmt: skip
            if kind is BankMovement.RETURNED_TO_BUYER:
                cancelled = lot.status not in (S.PAID, S.HANDED_OVER) and any(
                    r.outcome is RoundOutcome.BUYER_CANCELLED for r in rounds_of(session, lot.id)
                )
                if not cancelled:  # Art 67.4: the money goes back on his cancellation only
                    raise ValidationError("auction.bank_return_not_cancelled")
            if kind is BankMovement.PAID_TO_CASE:
                if lot.status is not S.HANDED_OVER or lot.handed_over_on is None:
                    raise ValidationError("auction.bank_payout_before_handover")
                check_not_before(moved_on, lot.handed_over_on, "field.bank_moved_on",
                                 "field.handed_over_on")  # fmt: skip
            session.add(SaleBankMovement(deposit_id=deposit.id, kind=kind, moved_on=moved_on,
                                         amount=sum_, note=note,
                                         recorded_by=actor.user_id))  # fmt: skip
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
            # The refunded proceeds no longer count for the case, once a head accepts (he
            # cannot refuse: outcome.void_of_refunded); a credit still awaiting the head can
            # then only be refused (outcome.payment_voided).
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
    check_after_reschedule(session, current, published_on, "field.notice_published_on")
    if published_on >= current.auction_on:
        raise ValidationError("auction.notice_after_auction", day=dmy(published_on),
                              auction=dmy(current.auction_on))  # fmt: skip
    session.add(AuctionPublicNotice(round_id=current.id, published_on=published_on,
                                    medium=medium, recorded_by=actor.user_id))  # fmt: skip


def _clear_sale(lot: AuctionLot) -> None:
    lot.sale_method, lot.buyer_name, lot.buyer_address = None, "", ""
    lot.price, lot.sold_on, lot.payment_days, lot.paid_on = None, None, None, None
    lot.status = S.CONTRACTED
