"""Frozen views of auction lots, read in the caller's session."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AuctionLot,
    AuctionLotItem,
    AuctionPublicNotice,
    AuctionRound,
    Case,
    Document,
    Item,
    SaleBankDeposit,
    SaleBankMovement,
    SalePayment,
    Valuation,
)
from evidence_app.domain.enums import (
    BankMovement,
    Category,
    HandoverObstacle,
    ItemStatus,
    LotStatus,
    RoundOutcome,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.domain.rules import value
from evidence_app.services.auctions.deadlines import (
    auction_held_by,
    handover_due,
    latest_posting_on,
    lot_deadlines,
    payment_due,
)
from evidence_app.services.core.deadlines import Deadline
from evidence_app.services.documents import DocumentView, document_view


@dataclass(frozen=True, slots=True)
class LotItemView:
    item_id: int
    code: str
    name: str
    category: Category
    status: ItemStatus
    quantity: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class ValuationView:
    seq: int
    method: ValuationMethod
    valuer: str
    #: Price council members, the chairing officer first.
    members: tuple[str, ...]
    price: int
    valued_on: date
    notified_on: date | None


@dataclass(frozen=True, slots=True)
class NoticeView:
    """A public notice of a round (Law on Asset Auctions Art 57)."""

    published_on: date
    medium: str


@dataclass(frozen=True, slots=True)
class BankDepositView:
    """The sale money deposited in a bank (Decree 152/2026 Art 65.2, 30.7)."""

    deposited_on: date
    bank: str
    amount: int
    #: With the interest credited, less what was taken out; and each of those (append-only).
    balance: int = 0
    movements: tuple[BankMovementView, ...] = ()


@dataclass(frozen=True, slots=True)
class BankMovementView:
    """Interest credited on, or money taken out of, a bank deposit (Decree 152/2026 Art
    65.2, 30.7, 67.4)."""

    kind: BankMovement
    moved_on: date
    amount: int
    note: str


@dataclass(frozen=True, slots=True)
class RoundView:
    seq: int
    starting_price: int
    auction_on: date
    posted_on: date | None
    latest_posting_on: date
    outcome: RoundOutcome
    #: Law 106/2025 Art 83.3, Decree 152/2026 Art 65.6 (issue 18).
    failure_noticed_on: date | None = None
    reduction_decided_on: date | None = None
    creditor_declined_on: date | None = None
    #: Decree 152/2026 Art 65.6: the parties told of the failure.
    parties_notified_on: date | None = None
    #: Law on Asset Auctions Art 53 (Decree 152/2026 Art 61.3), 39.1, 57.
    shortened: bool = False
    deposit: int | None = None
    notices: tuple[NoticeView, ...] = ()


@dataclass(frozen=True, slots=True)
class PaymentView:
    amount: int
    paid_on: date
    note: str


@dataclass(frozen=True, slots=True)
class LotView:
    id: int
    case_id: int
    case_name: str
    name: str
    real_property: bool
    gold_bullion: bool
    status: LotStatus
    seized_on: date
    items: tuple[LotItemView, ...]
    valuations: tuple[ValuationView, ...]
    organisation: str
    contract_number: str
    contract_on: date | None
    rounds: tuple[RoundView, ...]
    sale_method: SaleMethod | None
    buyer_name: str
    buyer_address: str
    price: int | None
    sold_on: date | None
    payment_due: date | None
    payments: tuple[PaymentView, ...]
    paid_on: date | None
    handover_due: date | None
    handed_over_on: date | None
    handover_document: DocumentView | None
    #: Open legal deadlines, soonest first.
    deadlines: tuple[Deadline, ...]
    officer_id: int | None
    version: int
    #: Deposits kept from buyers who did not pay in time (Decree 152 Art 65.5).
    forfeited_deposits: int = 0
    #: The cost floor (Law 106/2025 Art 83.3), the creditor's taking (Decree 152/2026 Art
    #: 65.6), the day a lot ended redeemed or returned to the debtor (Art 83.3–83.4).
    enforcement_costs: int = 0
    creditor_request_on: date | None = None
    debtor_notified_on: date | None = None
    creditor_notified_on: date | None = None
    ended_on: date | None = None
    #: Decree 152/2026 Art 65.2, 30.7; 67.1.c.
    bank_deposits: tuple[BankDepositView, ...] = ()
    late_handover_ground: HandoverObstacle | None = None
    late_handover_reason: str = ""
    #: Gold jewellery, fine-art, raw or other gold as the officer recorded it: auctioned by
    #: the shortened procedure (Decree 152/2026 Art 61.3).
    gold_jewellery: bool = False
    #: The last day of the first auction under the contract (Law 106/2025 Art 83.2.a).
    auction_held_by: date | None = None
    #: The announcement of a sale without auction (Decree 152/2026 Art 64.2): posted on,
    #: its ground and the time of sale it states.
    sale_announced_on: date | None = None
    announced_method: SaleMethod | None = None
    announced_sale_on: date | None = None

    @property
    def barred_from_transactions(self) -> bool:
        """Handed back to the debtor at the cost floor: he may not put the asset into any
        civil transaction until the obligation is done (Law 106/2025 Art 83.3 para 3); each
        item's RETURNED_TO_DEBTOR event records it with the notice's number."""
        return self.status is LotStatus.RETURNED_TO_DEBTOR

    @property
    def publicised(self) -> bool:
        """A round of the lot was posted or publicly announced: the procedure is fixed, the
        gold-jewellery flag no longer changes (Decree 152/2026 Art 61.3; ``gold.py`` also
        counts a posting kept when its round was moved)."""
        return any(r.posted_on is not None or r.notices for r in self.rounds)

    @property
    def next_deadline(self) -> Deadline | None:
        return self.deadlines[0] if self.deadlines else None

    @property
    def valuation(self) -> ValuationView | None:
        return self.valuations[-1] if self.valuations else None

    @property
    def current_round(self) -> RoundView | None:
        return self.rounds[-1] if self.rounds else None

    @property
    def reductions(self) -> int:
        """Rounds that started below the one before."""
        return reductions(r.starting_price for r in self.rounds)

    @property
    def creditor_may_take(self) -> bool:
        """After the second reduction a failed auction lets the creditor take it (Art 65.6)."""
        needed = value("auction.creditor_option_after_reductions")
        return self.status is LotStatus.ROUND_FAILED and self.reductions >= needed

    @property
    def paid_total(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def revaluations_left(self) -> int:
        return max(0, 1 + value("valuation.max_revaluations") - len(self.valuations))


def reductions(prices: Iterable[int]) -> int:
    """How many times the starting price went down from one round to the next."""
    listed = list(prices)
    return sum(1 for before, after in pairwise(listed) if after < before)


def lot_view(session: Session, lot: AuctionLot, days_off: Collection[date]) -> LotView:
    case = session.get(Case, lot.case_id)
    items = tuple(
        LotItemView(i.id, i.code, i.name, i.category, i.status, i.quantity, i.unit)
        for i in session.scalars(
            select(Item)
            .join(AuctionLotItem, AuctionLotItem.item_id == Item.id)
            .where(AuctionLotItem.lot_id == lot.id)
            .order_by(Item.id)
        )
    )
    valuations = session.scalars(
        select(Valuation).where(Valuation.lot_id == lot.id).order_by(Valuation.seq)
    ).all()
    rounds = session.scalars(
        select(AuctionRound).where(AuctionRound.lot_id == lot.id).order_by(AuctionRound.seq)
    ).all()
    payments = session.scalars(
        select(SalePayment).where(SalePayment.lot_id == lot.id).order_by(SalePayment.id)
    ).all()
    doc = session.get(Document, lot.handover_document_id) if lot.handover_document_id else None
    notices: dict[int, list[NoticeView]] = {}
    for n in session.scalars(
        select(AuctionPublicNotice)
        .where(AuctionPublicNotice.round_id.in_([r.id for r in rounds]))
        .order_by(AuctionPublicNotice.published_on, AuctionPublicNotice.id)
    ):
        notices.setdefault(n.round_id, []).append(NoticeView(n.published_on, n.medium))
    banked = tuple(
        BankDepositView(
            b.deposited_on,
            b.bank,
            b.amount,
            bank_balance(session, b.id, b.amount),
            tuple(
                BankMovementView(m.kind, m.moved_on, m.amount, m.note)
                for m in session.scalars(
                    select(SaleBankMovement)
                    .where(SaleBankMovement.deposit_id == b.id)
                    .order_by(SaleBankMovement.id)
                )
            ),
        )
        for b in session.scalars(
            select(SaleBankDeposit)
            .where(SaleBankDeposit.lot_id == lot.id)
            .order_by(SaleBankDeposit.id)
        )
    )
    in_bank = lot.paid_on is not None and any(b.deposited_on >= lot.paid_on for b in banked)
    return LotView(
        lot.id, lot.case_id, case.name if case else "", lot.name, lot.real_property,
        lot.gold_bullion, lot.status, lot.seized_on, items,
        tuple(
            ValuationView(v.seq, v.method, v.valuer, tuple(x for x in v.members.split("\n") if x),
                          v.price, v.valued_on, v.notified_on)
            for v in valuations
        ),
        lot.organisation, lot.contract_number, lot.contract_on,
        tuple(
            RoundView(r.seq, r.starting_price, r.auction_on, r.posted_on,
                      latest_posting_on(r.auction_on, lot.real_property, days_off, r.shortened),
                      r.outcome, r.failure_noticed_on, r.reduction_decided_on,
                      r.creditor_declined_on, r.parties_notified_on, r.shortened, r.deposit,
                      tuple(notices.get(r.id, ())))
            for r in rounds
        ),
        lot.sale_method, lot.buyer_name, lot.buyer_address, lot.price, lot.sold_on,
        payment_due(lot, days_off),
        tuple(PaymentView(p.amount, p.paid_on, p.note) for p in payments),
        lot.paid_on, handover_due(lot, days_off), lot.handed_over_on,
        document_view(doc) if doc else None,
        tuple(lot_deadlines(lot, valuations, rounds, days_off, in_bank)),
        lot.officer_id, lot.version, lot.forfeited_deposits, lot.enforcement_costs,
        lot.creditor_request_on, lot.debtor_notified_on, lot.creditor_notified_on, lot.ended_on,
        banked, lot.late_handover_ground, lot.late_handover_reason, lot.gold_jewellery,
        auction_held_by(lot, days_off), lot.sale_announced_on, lot.announced_method,
        lot.announced_sale_on,
    )  # fmt: skip


def bank_balance(session: Session, deposit_id: int, deposited: int) -> int:
    """A bank deposit of sale money with its interest, less what was taken out (Decree
    152/2026 Art 65.2, 30.7)."""
    balance = deposited
    for kind, amount in session.execute(
        select(SaleBankMovement.kind, SaleBankMovement.amount).where(
            SaleBankMovement.deposit_id == deposit_id
        )
    ):
        balance += amount if kind is BankMovement.INTEREST else -amount
    return balance


def paid_total(session: Session, lot_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(SalePayment.amount), 0)).where(SalePayment.lot_id == lot_id)
    )
    return int(total or 0)
