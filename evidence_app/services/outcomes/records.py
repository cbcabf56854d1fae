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
    CaseObligation,
    CaseOutcome,
    CasePayment,
)
from db.models.case_history import voided, voided_or_voiding
from evidence_app.domain.outcomes import (
    ABLE,
    DONE,
    Paid,
    Standing,
    Step,
    allocate,
    case_standing,
    obligation_steps,
    standing,
)


def confirmed_steps(session: Session, case_id: int) -> list[Step]:
    """The case's outcomes the head accepted, as the fold reads them."""
    rows = session.execute(
        select(
            CaseOutcome.kind, CaseOutcome.effective_on, CaseOutcome.id, CaseOutcome.obligation_id
        )
        .join(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(CaseOutcome.case_id == case_id, CaseConfirmation.accepted.is_(True))
        .where(CaseOutcome.id.not_in(voided(CaseChange.outcome_id)))
    )
    return [Step(kind, on, seq, obligation) for kind, on, seq, obligation in rows]


def obligations_of(session: Session, case_id: int) -> list[CaseObligation]:
    """The case's obligations in listed order (none when it lists none)."""
    return list(
        session.scalars(
            select(CaseObligation)
            .where(CaseObligation.case_id == case_id)
            .order_by(CaseObligation.position)
        )
    )


def standing_of(session: Session, case_id: int, on: date | None = None) -> Standing:
    """The case's standing, derived from its obligations' when it lists any (Law 106/2025
    Art 3.8, 55; ``evidence_app.domain.outcomes.case_standing``)."""
    ids = [o.id for o in obligations_of(session, case_id)]
    return case_standing(confirmed_steps(session, case_id), ids, on)


def obligation_standing(
    session: Session, case_id: int, obligation_id: int, on: date | None = None
) -> Standing:
    """One obligation's standing: the fold of the case's outcomes and its own."""
    return standing(obligation_steps(confirmed_steps(session, case_id), obligation_id), on)


def obligation_collected(
    session: Session, case_id: int, *, pending_too: bool = False
) -> dict[int, int]:
    """Each obligation's share of the money counted (``collected``), payments recorded for
    the case allocated in listed order (``evidence_app.domain.outcomes.allocate``)."""
    listed = [(o.id, o.amount) for o in obligations_of(session, case_id)]
    counted = CasePayment.amount - CasePayment.costs
    query = (
        select(CasePayment.paid_on, CasePayment.id, counted, CasePayment.obligation_id)
        .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(CasePayment.case_id == case_id)
        .where(CasePayment.id.not_in(voided(CaseChange.payment_id)))
    )
    if pending_too:  # the corrections awaiting the head count too, as the payments do
        query = query.where(func.coalesce(CaseConfirmation.accepted, True).is_(True))
        query = query.where(CasePayment.id.not_in(voided_or_voiding(CaseChange.payment_id)))
    else:
        query = query.where(CaseConfirmation.accepted.is_(True))
    paid = [
        Paid(on, seq, int(amount), obligation)
        for on, seq, amount, obligation in session.execute(query)
    ]
    return {i: sum(p.amount for p in share) for i, share in allocate(listed, paid).items()}


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
    if pending_too:  # the corrections awaiting the head count too, as the payments do
        query = query.where(func.coalesce(CaseConfirmation.accepted, True).is_(True))
        query = query.where(CasePayment.id.not_in(voided_or_voiding(CaseChange.payment_id)))
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
    obligation_id: int | None = None,
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
        recorded_by=recorded_by, recorded_at=at, obligation_id=obligation_id,
    )  # fmt: skip
    session.add(payment)
    session.flush()
    return payment
