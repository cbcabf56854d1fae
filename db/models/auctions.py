"""Valuation, auctions and sales of seized assets (Decree 152 Art 60–67), and the holidays
the working-day periods skip."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import (
    BankMovement,
    HandoverObstacle,
    LotStatus,
    RoundOutcome,
    SaleMethod,
    ValuationMethod,
)


class Holiday(CreatedAt, Base):
    """A day the agency adds to the computed public holidays (a day off in lieu the
    Government decided) or, with ``working``, a weekend day it declares a working day (the
    Saturday swapped for it); never deleted, deactivated instead."""

    __tablename__ = "holiday"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    working: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AuctionLot(CreatedAt, Base):
    """One or more items of a case sold together, from valuation to handover."""

    __tablename__ = "auction_lot"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    real_property: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Gold bars and plain round rings: sold to a licensed dealer (Art 61.2).
    gold_bullion: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Gold jewellery, fine-art gold, raw gold and other gold that is not bars or plain rings,
    #: as the officer recorded it at the seizure: auctioned by the shortened procedure
    #: (Decree 152/2026 Art 61.3). A recorded fact, never inferred from the items' category.
    gold_jewellery: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[LotStatus] = mapped_column(str_enum(LotStatus), index=True)
    #: The day the seizure was completed (gold is sold within 10 days of it, Art 61.2).
    seized_on: Mapped[date] = mapped_column(Date)
    organisation: Mapped[str] = mapped_column(String(300), default="")
    contract_number: Mapped[str] = mapped_column(String(60), default="")
    contract_on: Mapped[date | None] = mapped_column(Date)
    sale_method: Mapped[SaleMethod | None] = mapped_column(str_enum(SaleMethod))
    #: The announcement of a sale without auction (Decree 152/2026 Art 64.2; Law 106/2025 Art
    #: 83.2.b): posted at least 01 working day before the sale, its ground (perishable or low
    #: value) and the day of sale it states. The sale is recorded only after it.
    sale_announced_on: Mapped[date | None] = mapped_column(Date)
    announced_method: Mapped[SaleMethod | None] = mapped_column(str_enum(SaleMethod))
    announced_sale_on: Mapped[date | None] = mapped_column(Date)
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_address: Mapped[str] = mapped_column(String(300), default="")
    price: Mapped[int | None] = mapped_column(BigInteger)
    sold_on: Mapped[date | None] = mapped_column(Date)
    #: 30, or up to 60 when the parties and the buyer agreed (Art 65.1).
    payment_days: Mapped[int | None] = mapped_column(Integer)
    paid_on: Mapped[date | None] = mapped_column(Date)
    #: Deposits of buyers who did not pay in time, kept by the agency (Decree 152 Art 65.5).
    forfeited_deposits: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    #: Enforcement costs so far: the floor below which no further round is held (Law 106/2025
    #: Art 83.3) and what a redeeming debtor pays besides the debt (Art 83.4).
    enforcement_costs: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    #: The creditor's taking (Decree 152/2026 Art 65.6): the request received, the debtor told
    #: (3 working days), the creditor told to pay the difference (after the debtor's 5).
    creditor_request_on: Mapped[date | None] = mapped_column(Date)
    debtor_notified_on: Mapped[date | None] = mapped_column(Date)
    creditor_notified_on: Mapped[date | None] = mapped_column(Date)
    #: The day a lot ended without a sale: redeemed or returned to the debtor (Art 83.3–83.4).
    ended_on: Mapped[date | None] = mapped_column(Date)
    handed_over_on: Mapped[date | None] = mapped_column(Date)
    #: A handover after the legal period (Decree 152/2026 Art 67.1.c): the ground and the
    #: officer's account of it, required then.
    late_handover_ground: Mapped[HandoverObstacle | None] = mapped_column(
        str_enum(HandoverObstacle)
    )
    late_handover_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    handover_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class AuctionLotItem(Base):
    __tablename__ = "auction_lot_item"
    __table_args__ = (UniqueConstraint("lot_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("auction_lot.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)


class Valuation(CreatedAt, Base):
    """A valuation of a lot: the first (seq 1) and at most one re-valuation."""

    __tablename__ = "auction_valuation"
    __table_args__ = (UniqueConstraint("lot_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("auction_lot.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    method: Mapped[ValuationMethod] = mapped_column(str_enum(ValuationMethod))
    #: The valuation firm, or "" for a price council.
    valuer: Mapped[str] = mapped_column(String(300), default="")
    #: Price council members, one per line, the chairing officer first.
    members: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[int] = mapped_column(BigInteger)
    valued_on: Mapped[date] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: ValuationBasis value: the officer's/council's ground (Law 106/2025 Art 82.1.b) or the
    #: re-valuation's (Art 82.2); "" for a firm or the parties' agreement.
    basis: Mapped[str] = mapped_column(String(32), default="", server_default="")
    #: The firm's service contract, the parties' written agreement, the competent body's
    #: conclusion or the party's request: its number and date (Art 82.1.a, 82.2, 82.3).
    paper_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    paper_on: Mapped[date | None] = mapped_column(Date)
    #: The advance on re-valuation costs paid by the requesting party (Art 82.2.c; Decree
    #: 152 Art 60.6), in đồng.
    advance_paid: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class ValuationOpinion(CreatedAt, Base):
    """One member's opinion at a price council (Decree 152/2026 Art 60.3: the minutes state
    each member's opinion and bear each signature): the price proposed and whether the
    member agrees with the council's price. Written once with the valuation, never changed
    (append-only, migration 0026)."""

    __tablename__ = "valuation_opinion"
    __table_args__ = (UniqueConstraint("valuation_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    valuation_id: Mapped[int] = mapped_column(ForeignKey("auction_valuation.id"), index=True)
    #: 1 = the chairing officer, then the members in the order of the minutes.
    seq: Mapped[int] = mapped_column(Integer)
    #: "Full name – position", as in ``Valuation.members``.
    member: Mapped[str] = mapped_column(String(300))
    proposed_price: Mapped[int] = mapped_column(BigInteger)
    agrees: Mapped[bool] = mapped_column(Boolean)
    #: The member's reasons (required for a dissent).
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class AuctionRound(CreatedAt, Base):
    """One auction of the lot: its starting price, posting and auction dates, outcome."""

    __tablename__ = "auction_round"
    __table_args__ = (UniqueConstraint("lot_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("auction_lot.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    starting_price: Mapped[int] = mapped_column(BigInteger)
    auction_on: Mapped[date] = mapped_column(Date)
    posted_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[RoundOutcome] = mapped_column(str_enum(RoundOutcome))
    #: The notice that this auction failed, received (Law 106/2025 Art 83.3: the reduction is
    #: decided within 5 working days of it).
    failure_noticed_on: Mapped[date | None] = mapped_column(Date)
    #: The officer's decision fixing this round's reduced starting price (Art 83.3).
    reduction_decided_on: Mapped[date | None] = mapped_column(Date)
    #: The officer told the parties this auction failed (Decree 152/2026 Art 65.6: within 2
    #: working days of the notice of failure).
    parties_notified_on: Mapped[date | None] = mapped_column(Date)
    #: The creditor declined to take the asset after this failure (Art 83.3, Decree Art 65.6).
    creditor_declined_on: Mapped[date | None] = mapped_column(Date)
    #: By the shortened procedure (Law on Asset Auctions Art 53; Decree 152/2026 Art 61.3):
    #: posted 3 (movables) or 5 (real property) working days before the auction.
    shortened: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The deposit each bidder pays, 5–20 % of the starting price (Law on Asset Auctions Art
    #: 39.1); kept by the agency when the buyer does not pay (Decree 152/2026 Art 65.5).
    deposit: Mapped[int | None] = mapped_column(BigInteger)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class AuctionPublicNotice(CreatedAt, Base):
    """A public notice of a round in the press and on the auction website (Law on Asset
    Auctions Art 57); append-only."""

    __tablename__ = "auction_public_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("auction_round.id"), index=True)
    published_on: Mapped[date] = mapped_column(Date)
    #: Where: the newspaper or broadcaster and the website.
    medium: Mapped[str] = mapped_column(String(300))
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class SaleBankDeposit(CreatedAt, Base):
    """The buyer's money deposited in a commercial bank in the agency's name because the
    asset was not handed over within 10 days of full payment (Decree 152/2026 Art 65.2, 30.7);
    append-only."""

    __tablename__ = "sale_bank_deposit"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("auction_lot.id"), index=True)
    deposited_on: Mapped[date] = mapped_column(Date)
    bank: Mapped[str] = mapped_column(String(300))
    amount: Mapped[int] = mapped_column(BigInteger)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class SaleBankMovement(CreatedAt, Base):
    """Interest credited on, or money taken out of, a bank deposit of sale money (Decree
    152/2026 Art 65.2, 30.7): returned to the buyer who cancelled (Art 67.4) or paid out to the
    case after the handover; never more than the deposit's balance; append-only."""

    __tablename__ = "sale_bank_movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("sale_bank_deposit.id"), index=True)
    kind: Mapped[BankMovement] = mapped_column(str_enum(BankMovement))
    moved_on: Mapped[date] = mapped_column(Date)
    #: Positive đồng: credited (interest) or taken out (a return, a payout).
    amount: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class RoundReschedule(CreatedAt, Base):
    """A scheduled round moved to a new auction date because its public notices (Law on Asset
    Auctions Art 57) or its posting (Art 35, 53) were missing or late: the old date and
    posting kept here, the round then counted against the new date; append-only."""

    __tablename__ = "auction_round_reschedule"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("auction_round.id"), index=True)
    previous_on: Mapped[date] = mapped_column(Date)
    previous_posted_on: Mapped[date | None] = mapped_column(Date)
    new_on: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date] = mapped_column(Date)
    #: The officer's account: what was missing or late.
    reason: Mapped[str] = mapped_column(String(300))
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class SalePayment(CreatedAt, Base):
    """Money the buyer paid into the agency's account for the lot."""

    __tablename__ = "sale_payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("auction_lot.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(String(300), default="")


class PriorityNotice(CreatedAt, Base):
    """A co-owner or a person with a right of first purchase told of it before the first
    sale (Law 106/2025 Art 83.1): when, whether and when they declared they would buy."""

    __tablename__ = "auction_priority_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("auction_lot.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(String(300), default="")
    notified_on: Mapped[date] = mapped_column(Date)
    declared_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
