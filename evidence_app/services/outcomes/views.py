"""What the screens see of a case's outcomes and payments: frozen views, never ORM rows."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CasePayment,
    User,
)
from evidence_app.domain.outcomes import (
    CaseState,
    ChangeKind,
    NotEnforceableReason,
    ObligationKind,
    OutcomeKind,
)
from evidence_app.services.outcomes.history import change_detail
from evidence_app.services.outcomes.records import collected, standing_of


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RecordView:
    """One outcome (``kind`` set) or one payment (``amount`` set) and the head's word on it:
    ``accepted`` is None while it awaits confirmation."""

    id: int
    case_id: int
    kind: OutcomeKind | None
    reason: NotEnforceableReason | None
    day: date
    doc_number: str
    doc_date: date
    doc_issuer: str
    amount: int
    costs: int
    note: str
    recorded_by: int | None
    accepted: bool | None
    confirmed_by: int | None
    case_name: str = ""
    recorder_name: str = ""
    #: A correction of the case (migration 0027): its kind, the values from and to (đồng,
    #: user ids or day ordinals) and the outcome or payment it voids.
    change: ChangeKind | None = None
    old_value: int | None = None
    new_value: int | None = None
    target: int | None = None
    #: The correction's from → to as text (names and days; amounts in plain đồng).
    detail: str = ""
    #: The obligation an outcome or payment concerns (migration 0035): its id, its place in
    #: the case's list and its kind; None for the whole case.
    obligation_id: int | None = None
    obligation_position: int | None = None
    obligation_kind: ObligationKind | None = None

    @property
    def is_change(self) -> bool:
        return self.change is not None

    @property
    def is_payment(self) -> bool:
        return self.kind is None and self.change is None

    @property
    def noun(self) -> str:
        if self.is_change:
            return "noun.case_change"
        return "noun.case_payment" if self.is_payment else "noun.case_outcome"

    @classmethod
    def of_outcome(
        cls, row: CaseOutcome, word: CaseConfirmation | None, case_name: str = "", who: str = ""
    ) -> RecordView:
        return cls(
            row.id, row.case_id, row.kind, row.reason, row.effective_on, row.doc_number,
            row.doc_date, row.doc_issuer, 0, 0, row.note, row.recorded_by,
            word.accepted if word else None, word.confirmed_by if word else None, case_name, who,
            obligation_id=row.obligation_id,
        )  # fmt: skip

    @classmethod
    def of_payment(
        cls, row: CasePayment, word: CaseConfirmation | None, case_name: str = "", who: str = ""
    ) -> RecordView:
        return cls(
            row.id, row.case_id, None, None, row.paid_on, row.doc_number, row.doc_date,
            row.doc_issuer, row.amount, row.costs, row.note, row.recorded_by,
            word.accepted if word else None, word.confirmed_by if word else None, case_name, who,
            obligation_id=row.obligation_id,
        )  # fmt: skip

    @classmethod
    def of_change(
        cls, row: CaseChange, word: CaseConfirmation | None, case_name: str = "", who: str = "",
        detail: str = "",
    ) -> RecordView:  # fmt: skip
        return cls(
            row.id, row.case_id, None, None, row.effective_on, row.doc_number, row.doc_date,
            row.doc_issuer, 0, 0, row.note, row.recorded_by,
            word.accepted if word else None, word.confirmed_by if word else None, case_name, who,
            row.kind, row.old_value, row.new_value, row.outcome_id or row.payment_id, detail,
        )  # fmt: skip


@dataclass(frozen=True)
class CaseResults:
    case_id: int
    state: CaseState
    since: date | None
    amount_to_enforce: int
    #: Accepted payments, after costs.
    collected: int
    records: tuple[RecordView, ...]
    #: Corrections of the case awaiting the head's word (migration 0027).
    changes_waiting: int = 0

    @property
    def remaining(self) -> int:
        return max(self.amount_to_enforce - self.collected, 0)


def case_results(session: Session, case: Case) -> CaseResults:
    now = standing_of(session, case.id)
    names = _names(session)
    records = [
        RecordView.of_outcome(o, w, case.name, names.get(o.recorded_by or 0, ""))
        for o, w in session.execute(
            select(CaseOutcome, CaseConfirmation)
            .outerjoin(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
            .where(CaseOutcome.case_id == case.id)
        ).tuples()
    ]
    records += [
        RecordView.of_payment(p, w, case.name, names.get(p.recorded_by or 0, ""))
        for p, w in session.execute(
            select(CasePayment, CaseConfirmation)
            .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
            .where(CasePayment.case_id == case.id)
        ).tuples()
    ]
    records = with_obligations(session, records)
    records.sort(key=lambda r: (r.day, r.is_payment, r.id), reverse=True)
    waiting = session.scalar(
        select(func.count(CaseChange.id))
        .outerjoin(CaseConfirmation, CaseConfirmation.change_id == CaseChange.id)
        .where(CaseChange.case_id == case.id, CaseConfirmation.id.is_(None))
    )
    return CaseResults(
        case.id, now.state, now.since, case.amount_to_enforce,
        collected(session, case.id), tuple(records), int(waiting or 0),
    )  # fmt: skip


def pending_records(
    session: Session, limit: int, units: Collection[int] | None = None
) -> list[RecordView]:
    """Every record awaiting the head, oldest first; only the cases of ``units`` when given
    (a regional office's head: issue 21), as the dashboard counts them."""
    names = _names(session)
    cases = dict(session.execute(select(Case.id, Case.name)).tuples().all())
    mine = select(Case.id).where(Case.unit_id.in_(sorted(units))) if units is not None else None
    outcomes = session.scalars(
        select(CaseOutcome)
        .outerjoin(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(CaseConfirmation.id.is_(None))
        .where(CaseOutcome.case_id.in_(mine) if mine is not None else true())
        .order_by(CaseOutcome.id)
        .limit(limit)
    )
    payments = session.scalars(
        select(CasePayment)
        .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(CaseConfirmation.id.is_(None))
        .where(CasePayment.case_id.in_(mine) if mine is not None else true())
        .order_by(CasePayment.id)
        .limit(limit)
    )
    # Corrections count only once the head accepts them, like outcomes and payments
    # (migration 0027; Decree 152/2026 Art 38, Law 106/2025 Art 22).
    changes = session.scalars(
        select(CaseChange)
        .outerjoin(CaseConfirmation, CaseConfirmation.change_id == CaseChange.id)
        .where(CaseConfirmation.id.is_(None))
        .where(CaseChange.case_id.in_(mine) if mine is not None else true())
        .order_by(CaseChange.id)
        .limit(limit)
    )
    found = (
        [
            RecordView.of_outcome(
                o, None, cases.get(o.case_id, ""), names.get(o.recorded_by or 0, "")
            )
            for o in outcomes
        ]
        + [
            RecordView.of_payment(
                p, None, cases.get(p.case_id, ""), names.get(p.recorded_by or 0, "")
            )
            for p in payments
        ]
        + [
            RecordView.of_change(
                c,
                None,
                cases.get(c.case_id, ""),
                names.get(c.recorded_by or 0, ""),
                change_detail(c, names),
            )
            for c in changes
        ]
    )
    found = with_obligations(session, found)
    return sorted(found, key=lambda r: (r.day, r.is_payment, r.is_change, r.id))[:limit]


def with_obligations(session: Session, records: list[RecordView]) -> list[RecordView]:
    """The records with the place and kind of the obligation each concerns, so the head's
    queue names it (issue 19)."""
    ids = {r.obligation_id for r in records if r.obligation_id is not None}
    if not ids:
        return records
    known = {
        row.id: row
        for row in session.scalars(select(CaseObligation).where(CaseObligation.id.in_(ids)))
    }
    out = []
    for r in records:
        row = known.get(r.obligation_id) if r.obligation_id is not None else None
        if row is not None:
            r = replace(r, obligation_position=row.position, obligation_kind=row.kind)
        out.append(r)
    return out


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.full_name)).tuples().all())
