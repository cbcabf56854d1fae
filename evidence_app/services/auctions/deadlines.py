"""The legal deadlines of a lot (Decree 152 Art 60–67): valuation notice, gold sale,
auction posting, payment and handover to the buyer; and the dashboard's source of them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuctionLot, AuctionRound, SaleBankDeposit, Valuation
from evidence_app.domain.calendar import (
    add_working_days,
    latest_notice_before,
    latest_notice_working_days_before,
    period_end,
)
from evidence_app.domain.enums import LotStatus, RoundOutcome, SaleMethod, ValuationBasis
from evidence_app.domain.rules import rule, value
from evidence_app.services.admin import holidays
from evidence_app.services.core.deadlines import Deadline

AREA = "auctions"
#: Sales whose buyer is handed the asset within 3 working days of the sale (Art 67.1.b).
WITHOUT_AUCTION = frozenset({SaleMethod.PERISHABLE, SaleMethod.LOW_VALUE, SaleMethod.GOLD_DEALER})
_ENDED = (LotStatus.HANDED_OVER, LotStatus.RETURNED_TO_DEBTOR, LotStatus.REDEEMED)
_OPEN = tuple(s for s in LotStatus if s not in _ENDED)
#: Until the sale the parties' notice of the valuation is still owed.
BEFORE_SALE = frozenset(
    {
        LotStatus.VALUED,
        LotStatus.CONTRACTED,
        LotStatus.ROUND_SCHEDULED,
        LotStatus.ROUND_FAILED,
        LotStatus.CREDITOR_TAKING,
    }
)


def latest_posting_on(
    auction_on: date, real_property: bool, days_off: Collection[date], shortened: bool = False
) -> date:
    """The last day the auction may be posted: at least 7 working days before it for
    movables, 15 days for real property (Law on Asset Auctions Art 35.1); by the shortened
    procedure 3 working days for movables, 5 for real property (Art 53.2; gold jewellery,
    Decree 152/2026 Art 61.3); whole days between the posting and the auction, neither
    counted (Civil Code 2015 Art 147.1)."""
    if shortened:
        return latest_notice_working_days_before(
            auction_on, value(posting_key(real_property, shortened)), days_off
        )
    if real_property:
        return latest_notice_before(auction_on, value("auction.posting_real_property_days"))
    return latest_notice_working_days_before(
        auction_on, value("auction.posting_movable_working_days"), days_off
    )


def posting_key(real_property: bool, shortened: bool) -> str:
    """The rule the posting period comes from (Law on Asset Auctions Art 35.1, 53.2)."""
    if shortened:
        return (
            "auction.shortened_posting_real_property_working_days"
            if real_property
            else "auction.shortened_posting_movable_working_days"
        )
    return (
        "auction.posting_real_property_days"
        if real_property
        else "auction.posting_movable_working_days"
    )


def auction_held_by(lot: AuctionLot, days_off: Collection[date]) -> date | None:
    """The last day of the first auction under the contract: 30 days (movables) or 45 days
    (real property) from the contract (Law 106/2025 Art 83.2.a), the next working day when
    it falls on a day off (Civil Code Art 148.5)."""
    if lot.contract_on is None:
        return None
    key = "auction.held_real_property_days" if lot.real_property else "auction.held_movable_days"
    return period_end(lot.contract_on, value(key), days_off)


def sale_step_due(
    lot: AuctionLot, latest: Valuation, days_off: Collection[date]
) -> tuple[str, date, str] | None:
    """What a valued lot waits for, and by when (Law 106/2025 Art 83.2):
    - a low-value or perishable asset the officer valued on that ground is sold without
      auction within 5 working days of the valuation (83.2.b);
    - otherwise the auction contract is signed within 5 working days of the end of the
      parties' 5 working days to ask for a re-valuation (Art 82.2.c), which run from the
      notice; after a re-valuation, within 5 working days of its result (83.2.a).
    None while the notice that starts the period is not given, and for gold bars."""
    if lot.gold_bullion:
        return None
    if latest.basis in (ValuationBasis.PERISHABLE.value, ValuationBasis.LOW_VALUE.value):
        due = add_working_days(
            latest.valued_on, value("sale.without_auction_working_days"), days_off
        )
        return ("deadline.sale_without_auction", due, "sale.without_auction_working_days")
    contract_days = value("auction.contract_working_days")
    if latest.seq > 1:
        start = latest.valued_on
    elif latest.notified_on is not None:
        start = add_working_days(
            latest.notified_on, value("valuation.request_working_days"), days_off
        )
    else:
        return None
    due = add_working_days(start, contract_days, days_off)
    return ("deadline.auction_contract", due, "auction.contract_working_days")


def payment_due(lot: AuctionLot, days_off: Collection[date]) -> date | None:
    """The last day of the buyer's 30 (by agreement up to 60) days from the auction (Decree
    152 Art 65.1), the next working day when it falls on a day off (Civil Code Art 148.5)."""
    if lot.sold_on is None or lot.payment_days is None:
        return None
    return period_end(lot.sold_on, lot.payment_days, days_off)


def handover_due(lot: AuctionLot, days_off: Collection[date]) -> date | None:
    """3 working days after a sale without auction; 60 days after full payment otherwise
    (Decree 152 Art 67.1; the next working day when day 60 is a day off, Civil Code Art
    148.5)."""
    if lot.sale_method in WITHOUT_AUCTION and lot.sold_on is not None:
        return add_working_days(lot.sold_on, value("sale.handover_working_days"), days_off)
    if lot.paid_on is None:
        return None
    return period_end(lot.paid_on, value("auction.handover_days"), days_off)


def lot_deadlines(
    lot: AuctionLot,
    valuations: Sequence[Valuation],
    rounds: Sequence[AuctionRound],
    days_off: Collection[date],
    banked: bool = False,
) -> list[Deadline]:
    """The lot's open deadlines, soonest first (a handed-over lot has none); ``banked``: the
    sale money is already in a bank (Decree 152/2026 Art 65.2), no deadline for it."""
    found: list[tuple[str, date, str]] = []
    latest = valuations[-1] if valuations else None
    if latest is not None and latest.notified_on is None and lot.status in BEFORE_SALE:
        due = add_working_days(latest.valued_on, value("valuation.notify_working_days"), days_off)
        found.append(("deadline.valuation_notice", due, "valuation.notify_working_days"))
    if lot.status is LotStatus.AWAITING_VALUATION and not lot.gold_bullion:
        # Law 106/2025 Art 82.1.a: the valuation firm under contract within 5 working days.
        due = add_working_days(
            lot.seized_on, value("valuation.firm_contract_working_days"), days_off
        )
        found.append(("deadline.valuation_contract", due, "valuation.firm_contract_working_days"))
    if lot.status is LotStatus.VALUED and latest is not None:
        step = sale_step_due(lot, latest, days_off)  # Law 106/2025 Art 83.2.a, 83.2.b
        if step is not None:
            found.append(step)
    held_by = auction_held_by(lot, days_off)
    if lot.status is LotStatus.CONTRACTED and not rounds and held_by is not None:
        key = (
            "auction.held_real_property_days" if lot.real_property else "auction.held_movable_days"
        )
        found.append(("deadline.auction_held", held_by, key))
    if lot.gold_bullion and lot.status in (LotStatus.AWAITING_VALUATION, LotStatus.VALUED):
        due = period_end(lot.seized_on, value("sale.gold_dealer_days"), days_off)
        found.append(("deadline.gold_sale", due, "sale.gold_dealer_days"))
    current = rounds[-1] if rounds else None
    if (
        lot.status is LotStatus.ROUND_SCHEDULED
        and current is not None
        and current.outcome is RoundOutcome.SCHEDULED
        and current.posted_on is None
    ):
        due = latest_posting_on(current.auction_on, lot.real_property, days_off, current.shortened)
        found.append(
            ("deadline.auction_posting", due, posting_key(lot.real_property, current.shortened))
        )
    # Imported here: these modules read the views, which read this module.
    from evidence_app.services.auctions.rounds import (
        creditor_may_take,
        failure_notice_due,
        reduction_due,
    )
    from evidence_app.services.auctions.taking import taking_windows

    if (
        lot.status is LotStatus.ROUND_FAILED
        and current is not None
        and current.outcome is RoundOutcome.FAILED
        and current.parties_notified_on is None
    ):  # Decree 152/2026 Art 65.6: the parties told within 2 working days
        found.append(("deadline.failure_notice", failure_notice_due(current, days_off),
                      "auction.failure_notice_working_days"))  # fmt: skip
    if lot.status is LotStatus.ROUND_FAILED and current is not None:
        # Law 106/2025 Art 83.3: the reduction decided within 5 working days of the notice.
        if current.creditor_declined_on is None and creditor_may_take(rounds):
            pass  # the creditor answers first (Decree 152/2026 Art 65.6)
        elif current.starting_price > lot.enforcement_costs:
            found.append(("deadline.reduction_decision", reduction_due(current, days_off),
                          "auction.reduction_decision_working_days"))  # fmt: skip
    if lot.status is LotStatus.CREDITOR_TAKING:
        keys = {
            "deadline.taking_debtor_notice": "taking.debtor_notice_working_days",
            "deadline.taking_redeem": "taking.redeem_working_days",
            "deadline.taking_creditor_pays": "taking.creditor_pay_working_days",
        }
        for kind, due in taking_windows(lot, days_off).items():
            found.append((kind, due, keys[kind]))
    paid_by = payment_due(lot, days_off)
    if lot.status is LotStatus.SOLD and paid_by is not None:
        found.append(("deadline.sale_payment", paid_by, "auction.payment_days"))
    handover = handover_due(lot, days_off)
    if lot.status is LotStatus.PAID and handover is not None:
        key = (
            "sale.handover_working_days"
            if lot.sale_method in WITHOUT_AUCTION
            else ("auction.handover_days")
        )
        found.append(("deadline.buyer_handover", handover, key))
    if (
        lot.status is LotStatus.PAID
        and lot.paid_on is not None
        and lot.sale_method is (SaleMethod.AUCTION)
        and not banked
    ):
        # Not yet handed over 10 days after full payment: the money goes to a bank in the
        # agency's name (Decree 152 Art 65.2, 30.7); day 10 a day off → the next working day.
        bank = period_end(lot.paid_on, value("auction.money_to_bank_days"), days_off)
        found.append(("deadline.sale_money_to_bank", bank, "auction.money_to_bank_days"))
    return sorted(
        (
            Deadline(
                kind,
                due,
                lot.name,
                rule(key).article,
                AREA,
                lot.id,
                lot.case_id,
                lot.officer_id,
                subject_key="deadline.subject_lot",
            )
            for kind, due, key in found
        ),
        key=lambda d: d.due_on,
    )


def auction_deadlines(session: Session, today: date, until: date) -> list[Deadline]:
    """Every open lot's deadlines due by ``until`` (the ``SOURCES`` entry)."""
    days_off = holidays(session)
    lots = session.scalars(select(AuctionLot).where(AuctionLot.status.in_(_OPEN))).all()
    if not lots:
        return []
    ids = [lot.id for lot in lots]
    valuations: dict[int, list[Valuation]] = {}
    for v in session.scalars(
        select(Valuation).where(Valuation.lot_id.in_(ids)).order_by(Valuation.seq)
    ):
        valuations.setdefault(v.lot_id, []).append(v)
    rounds: dict[int, list[AuctionRound]] = {}
    for r in session.scalars(
        select(AuctionRound).where(AuctionRound.lot_id.in_(ids)).order_by(AuctionRound.seq)
    ):
        rounds.setdefault(r.lot_id, []).append(r)
    banked = banked_lots(session, ids)
    found: list[Deadline] = []
    for lot in lots:
        mine = lot_deadlines(lot, valuations.get(lot.id, []), rounds.get(lot.id, []), days_off,
                             lot.id in banked)  # fmt: skip
        found.extend(d for d in mine if d.due_on <= until)
    return found


def banked_lots(session: Session, lot_ids: Collection[int]) -> set[int]:
    """The lots whose sale money went to a bank since it was paid in full (Decree 152/2026
    Art 65.2, 30.7): a deposit dated on or after the lot's full payment."""
    query = (
        select(SaleBankDeposit.lot_id)
        .join(AuctionLot, AuctionLot.id == SaleBankDeposit.lot_id)
        .where(SaleBankDeposit.lot_id.in_(list(lot_ids)))
        .where(SaleBankDeposit.deposited_on >= AuctionLot.paid_on)
    )
    return set(session.scalars(query))
