"""Changes of a case's recorded facts and closed statistics periods (issue 19).

A correction is never an edit of what the statistics read: the officer records a change
(the amount to enforce, the officer in charge, a mistaken outcome or payment voided) with
its document and the day it takes effect; the report of a period reads every fact as of
the period's last day (evidence_app/reports/enforcement_figures.py), so a past period's
figures stay as they were (joint Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9). The head
closes a statistics period (3, 6, 10, 12 months of the working year, Circular Art 5); after
that nothing dated inside it is written, here and by the database's insert triggers
(db/closed_periods.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CasePayment,
    ChangeKind,
    User,
)
from evidence_app.domain.outcomes import ObligationKind
from evidence_app.services.core.closed_periods import (
    refuse_closed_statistics,
    statistics_closing_of,
)


def dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


#: The closed statistics period a day falls in, and the refusal of a write dated inside
#: one (Circular 12/2021 Art 9): in services.core so that editing a case refuses it too.
closing_of = statistics_closing_of
refuse_closed = refuse_closed_statistics


def last_change_day(session: Session, case_id: int, kinds: tuple[ChangeKind, ...]) -> date | None:
    return session.scalar(
        select(CaseChange.effective_on)
        .where(CaseChange.case_id == case_id, CaseChange.kind.in_(kinds))
        .order_by(CaseChange.effective_on.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a case's history: an outcome, a payment or a change, as recorded."""

    day: date
    what: str  # outcome kind, "payment", or the change kind
    detail: str
    doc_number: str
    recorder_name: str
    accepted: bool | None  # None while awaiting the head (changes too: migration 0027)
    voided_on: date | None = None
    source: str = ""  # "outcome", "payment" or "change"
    ref: int = 0  # the row's id in its table
    #: The obligation an outcome or payment concerns (migration 0035): its place in the
    #: case's list and its kind; None for the whole case (Law 106/2025 Art 3.8).
    obligation_position: int | None = None
    obligation_kind: ObligationKind | None = None


def change_detail(change: CaseChange, names: dict[int, str]) -> str:
    """What a correction changes, from → to (amounts in plain đồng, for the screen to format)."""
    if change.kind is ChangeKind.OFFICER:
        old, new = names.get(change.old_value or -1), names.get(change.new_value or -1)
        return f"{old or '—'} → {new or '—'}"
    if change.kind is ChangeKind.AMOUNT:
        return f"{change.old_value} → {change.new_value}"
    if change.kind is ChangeKind.DECISION_DATE:
        old_day, new_day = (
            dmy(date.fromordinal(d)) if d is not None else "—"
            for d in (change.old_value, change.new_value)
        )
        return f"{old_day} → {new_day}"
    return f"#{change.outcome_id or change.payment_id}"


def history(session: Session, case: Case) -> list[HistoryEntry]:
    """Every outcome, payment and change of the case, newest first (by day, then entry);
    an outcome or payment names the obligation it concerns (issue 19)."""
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    voids: dict[tuple[str, int], date] = {}
    changes = session.execute(
        select(CaseChange, CaseConfirmation.accepted)
        .outerjoin(CaseConfirmation, CaseConfirmation.change_id == CaseChange.id)
        .where(CaseChange.case_id == case.id)
    ).all()
    for change, accepted in changes:
        if not accepted:  # a void counts once the head accepts it (migration 0027)
            continue
        if change.outcome_id is not None:
            voids[("o", change.outcome_id)] = change.effective_on
        if change.payment_id is not None:
            voids[("p", change.payment_id)] = change.effective_on
    listed = {
        o.id: (o.position, o.kind)
        for o in session.scalars(select(CaseObligation).where(CaseObligation.case_id == case.id))
    }
    entries: list[tuple[date, int, HistoryEntry]] = []
    outcomes = session.execute(
        select(CaseOutcome, CaseConfirmation.accepted)
        .outerjoin(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(CaseOutcome.case_id == case.id)
    ).all()
    for row, accepted in outcomes:
        entry = HistoryEntry(
            row.effective_on, str(row.kind), str(row.reason or ""), row.doc_number,
            names.get(row.recorded_by or -1, ""), accepted, voids.get(("o", row.id)),
            "outcome", row.id, *listed.get(row.obligation_id or -1, (None, None)),
        )  # fmt: skip
        entries.append((row.effective_on, row.id, entry))
    payments = session.execute(
        select(CasePayment, CaseConfirmation.accepted)
        .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(CasePayment.case_id == case.id)
    ).all()
    for pay, accepted in payments:
        entry = HistoryEntry(
            pay.paid_on, "payment", str(pay.amount - pay.costs), pay.doc_number,
            names.get(pay.recorded_by or -1, ""), accepted, voids.get(("p", pay.id)),
            "payment", pay.id, *listed.get(pay.obligation_id or -1, (None, None)),
        )  # fmt: skip
        entries.append((pay.paid_on, pay.id, entry))
    for change, accepted in changes:
        detail = change_detail(change, names)
        entry = HistoryEntry(
            change.effective_on, str(change.kind), detail, change.doc_number,
            names.get(change.recorded_by or -1, ""), accepted, None, "change", change.id,
        )  # fmt: skip
        entries.append((change.effective_on, change.id, entry))
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    return [e[2] for e in entries]
