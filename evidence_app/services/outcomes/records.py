"""The confirmed record of a case read back: its standing on a day, the money collected, and
the Case row's cached figures kept in step (the statistics never read the cache)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AuctionLot,
    Case,
    CaseChange,
    CaseConfirmation,
    CaseOutcome,
    CasePayment,
)
from db.models.case_history import voided
from evidence_app.domain.outcomes import ABLE, DONE, Standing, Step, standing


def confirmed_steps(session: Session, case_id: int) -> list[Step]:
    """The case's outcomes the head accepted, as the fold reads them."""
    rows = session.execute(
        select(CaseOutcome.kind, CaseOutcome.effective_on, CaseOutcome.id)
        .join(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(CaseOutcome.case_id == case_id, CaseConfirmation.accepted.is_(True))
        .where(CaseOutcome.id.not_in(voided(CaseChange.outcome_id)))
    )
    return [Step(kind, on, seq) for kind, on, seq in rows]


def standing_of(session: Session, case_id: int, on: date | None = None) -> Standing:
    return standing(confirmed_steps(session, case_id), on)


def collected(session: Session, case_id: int, *, pending_too: bool = False) -> int:
    """Money counted for the case (after costs): the accepted payments, and with
    ``pending_too`` those still awaiting the head's word (never the refused ones)."""
    counted = CasePayment.amount - CasePayment.costs
    query = (
        select(func.coalesce(func.sum(counted), 0))
        .select_from(CasePayment)
        .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(CasePayment.case_id == case_id)
        .where(CasePayment.id.not_in(voided(CaseChange.payment_id)))
    )
    if pending_too:
        query = query.where(func.coalesce(CaseConfirmation.accepted, True).is_(True))
    else:
        query = query.where(CaseConfirmation.accepted.is_(True))
    return int(session.scalar(query) or 0)


def refresh_cache(session: Session, case: Case) -> None:
    """Case.enforceable, completed_on and amount_enforced as the accepted record says (the
    case screen shows them; reports compute from the record itself)."""
    now = standing_of(session, case.id)
    case.enforceable = now.state in ABLE
    case.completed_on = now.since if now.state in DONE else None
    case.amount_enforced = collected(session, case.id)


def lot_costs(session: Session, lot_id: int) -> int:
    """The enforcement costs recorded on an auction lot (services/auctions record them)."""
    return int(
        session.scalar(select(AuctionLot.enforcement_costs).where(AuctionLot.id == lot_id)) or 0
    )


def add_payment(
    session: Session,
    case: Case,
    *,
    amount: int,
    paid_on: date,
    document: tuple[str, date, str],
    recorded_by: int | None,
    at: datetime,
    costs: int | None = None,
    lot_id: int | None = None,
    note: str = "",
) -> CasePayment:
    """Write one payment awaiting the head's confirmation (checks are the caller's).

    An auction's proceeds (``lot_id``) count net of the enforcement costs recorded on the
    lot (Law 106/2025 Art 54.1: costs are taken first; Art 83.3): without ``costs`` given
    they are the lot's, never a figure typed again."""
    if costs is None:
        costs = lot_costs(session, lot_id) if lot_id is not None else 0
    costs = min(costs, amount)
    number, doc_date, issuer = document
    payment = CasePayment(
        case_id=case.id, amount=amount, costs=costs, paid_on=paid_on, doc_number=number,
        doc_date=doc_date, doc_issuer=issuer, lot_id=lot_id, note=note,
        recorded_by=recorded_by, recorded_at=at,
    )  # fmt: skip
    session.add(payment)
    session.flush()
    return payment
