"""Recording a case's outcomes and the money collected, and the head's confirmation.

The officer records each decision with its document (Law 106/2025 Art 38, 46–49, 55) and
each payment with its day (Art 54); the head of the agency, who is not the recorder,
confirms or refuses it (Art 22: the head decides on enforcement). Until confirmed a record
does not count: the statistics (evidence_app/reports/enforcement.py) read accepted records
only, by the day they take effect, so a past period's figures never change afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    AuctionLot,
    Case,
    CaseChange,
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CaseOutcomeCopy,
    CasePayment,
    CaseVerification,
    ChangeKind,
    StatisticsClosing,
    User,
)
from db.models.case_history import confirmed_changes, voided_or_voiding
from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.outcomes import (
    ALLOWED,
    ART22,
    FINISHED,
    CaseState,
    NotEnforceableReason,
    ObligationKind,
    OutcomeKind,
    may_follow,
    over_two_years,
)
from evidence_app.domain.permissions import Permission
from evidence_app.reports.enforcement_figures import Line, lines
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import (
    check_case,
    check_unit,
    default_unit_id,
    visible_unit_ids,
)
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.outcomes.history import (
    HistoryEntry,
    change_detail,
    closing_of,
    history,
    last_change_day,
    refuse_closed,
)
from evidence_app.services.outcomes.lot_credits import (
    hold_behind_earlier_credit,
    refuse_refusing_refunded,
)
from evidence_app.services.outcomes.records import (
    add_payment,
    collected,
    confirmed_steps,
    lot_costs,
    obligation_collected,
    obligation_standing,
    obligations_of,
    refresh_cache,
    standing_of,
)
from evidence_app.services.outcomes.views import (
    CaseResults,
    RecordView,
    case_results,
    pending_records,
    utcnow,
)

Today = Callable[[], date]


@dataclass(frozen=True)
class Paper:
    """The document a record rests on: its number, date and issuer."""

    number: str
    on: date
    issuer: str


@dataclass(frozen=True)
class OutcomeDraft:
    kind: OutcomeKind
    effective_on: date
    paper: Paper
    reason: NotEnforceableReason | None = None
    note: str = ""
    #: The copy of the notice sent to the procuracy (number, day sent, the procuracy): a
    #: returned request needs it (Decree 152/2026 Art 22.2).
    procuracy: Paper | None = None
    #: The one obligation it concerns (``list_obligations``); None for the whole case.
    obligation_id: int | None = None


@dataclass(frozen=True)
class VerificationDraft:
    """A verification of a case not yet enforceable (Law 106/2025 Art 38.3), with its
    record and whether it found new information on the liable person's means."""

    verified_on: date
    paper: Paper
    new_information: bool
    note: str = ""


@dataclass(frozen=True)
class ChangeDraft:
    """A correction of a recorded fact: ``value`` is the new amount (đồng) or officer's
    user id for AMOUNT/OFFICER; ``record_id`` the outcome or payment a VOID_* voids."""

    kind: ChangeKind
    effective_on: date
    paper: Paper
    value: int | None = None
    record_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ClosingView:
    id: int
    start: date
    end: date
    closed_by: int | None


@dataclass(frozen=True)
class PaymentDraft:
    amount: int
    paid_on: date
    paper: Paper
    #: Enforcement costs deducted from an asset's proceeds before they count (Art 54.1).
    costs: int = 0
    note: str = ""
    #: The auction lot whose proceeds these are: the costs are then the lot's (Art 54.1).
    lot_id: int | None = None
    #: The obligation it pays; None: allocated to the obligations in listed order.
    obligation_id: int | None = None


@dataclass(frozen=True)
class ObligationDraft:
    """One obligation as the officer lists it: its kind and amount (đồng)."""

    kind: ObligationKind
    amount: int
    note: str = ""


@dataclass(frozen=True)
class ObligationView:
    """One listed obligation, its standing today and the money counted for it."""

    id: int
    case_id: int
    position: int
    kind: ObligationKind
    amount: int
    note: str
    state: CaseState
    since: date | None
    collected: int

    @property
    def remaining(self) -> int:
        return max(self.amount - self.collected, 0)


def _awaiting_in(session: Session, start: date, end: date) -> list[str]:
    """The cases' names of the outcomes, payments and corrections dated in [start, end]
    that await the head's word, the earliest dated first."""
    found: list[tuple[date, int, str]] = []
    kinds: tuple[tuple[Any, Any, Any, Any], ...] = (
        (CaseOutcome.id, CaseOutcome.case_id, CaseOutcome.effective_on,
         CaseConfirmation.outcome_id),
        (CasePayment.id, CasePayment.case_id, CasePayment.paid_on, CaseConfirmation.payment_id),
        (CaseChange.id, CaseChange.case_id, CaseChange.effective_on, CaseConfirmation.change_id),
    )  # fmt: skip
    for record, case_id, day, link in kinds:
        rows = session.execute(
            select(day, record, Case.name)
            .join(Case, Case.id == case_id)
            .outerjoin(CaseConfirmation, link == record)
            .where(CaseConfirmation.id.is_(None), day >= start, day <= end)
        ).tuples()
        found += [(on, int(record_id), str(name)) for on, record_id, name in rows]
    return [name for _on, _id, name in sorted(found)]


def dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


class CaseResultService:
    """Outcomes and payments of a case; ``today`` is replaceable for tests and the demo."""

    def __init__(self, db: Database, today: Today = agency_today) -> None:
        self.db = db
        self.today = today

    def record_outcome(self, actor: Actor, case_id: int, draft: OutcomeDraft) -> RecordView:
        with unit_of_work(self.db, "noun.case_outcome", str(case_id)) as session:
            authorize(session, actor, Permission.RECORD_CASE_RESULT)
            case = _case(session, case_id, lock=True)
            check_case(session, actor, Permission.RECORD_CASE_RESULT, case.id)  # issue 21
            kind = v.member(OutcomeKind, draft.kind, "field.kind")
            paper = self._paper(draft.paper, draft.effective_on, case, "field.effective_on")
            reason = self._reason(kind, draft.reason)
            obligation = _obligation(session, case, draft.obligation_id)
            refuse_closed(session, draft.effective_on)
            self._check_outcome(session, case, kind, draft.effective_on, obligation=obligation)
            row = CaseOutcome(
                case_id=case.id, kind=kind, reason=reason, doc_number=paper.number,
                doc_date=paper.on, doc_issuer=paper.issuer, effective_on=draft.effective_on,
                note=v.text_field(draft.note, "field.note", limit=2000),
                recorded_by=actor.user_id, recorded_at=utcnow(), obligation_id=obligation,
            )  # fmt: skip
            session.add(row)
            session.flush()
            if kind is OutcomeKind.REQUEST_RETURNED:
                self._procuracy_copy(session, row, draft.procuracy)
            return RecordView.of_outcome(row, None, case.name, actor.full_name)

    def _procuracy_copy(self, session: Session, row: CaseOutcome, copy: Paper | None) -> None:
        """Decree 152/2026 Art 22.2: the notice returning the request goes to the competent
        People's Procuracy too; its number, the day sent and the procuracy are kept."""
        if copy is None:
            raise ValidationError("outcome.procuracy_copy_required")
        number = v.text_field(copy.number, "field.doc_number", limit=60, required=True)
        recipient = v.text_field(copy.issuer, "field.recipient", limit=200, required=True)
        if not isinstance(copy.on, date):
            raise ValidationError("validation.required", field="field.sent_on")
        if copy.on > self.today():
            raise ValidationError("outcome.date_in_future", field="field.sent_on", day=dmy(copy.on))
        if copy.on < row.doc_date:
            raise ValidationError(
                "outcome.doc_after_effect", doc=dmy(row.doc_date), day=dmy(copy.on)
            )
        session.add(
            CaseOutcomeCopy(outcome_id=row.id, recipient=recipient, number=number, sent_on=copy.on)
        )
        session.flush()

    def record_verification(self, actor: Actor, case_id: int, draft: VerificationDraft) -> int:
        """The officer's verification of a case not yet enforceable (Law 106/2025 Art 38.3:
        at least every 6 months), the ground Decree 152/2026 Art 22 needs after 2 years."""
        with unit_of_work(self.db, "noun.case_verification", str(case_id)) as session:
            authorize(session, actor, Permission.RECORD_CASE_RESULT)
            case = _case(session, case_id, lock=True)
            check_case(session, actor, Permission.RECORD_CASE_RESULT, case.id)  # issue 21
            paper = self._paper(draft.paper, draft.verified_on, case, "field.verified_on")
            then = standing_of(session, case.id, draft.verified_on)
            if then.state not in (CaseState.NOT_ENFORCEABLE, CaseState.SEPARATE_BOOK):
                raise ValidationError("outcome.verify_not_needed", state=then.state)
            row = CaseVerification(
                case_id=case.id, verified_on=draft.verified_on, doc_number=paper.number,
                doc_date=paper.on, doc_issuer=paper.issuer,
                new_information=bool(draft.new_information),
                note=v.text_field(draft.note, "field.note", limit=2000),
                recorded_by=actor.user_id, recorded_at=utcnow(),
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

    def record_payment(self, actor: Actor, case_id: int, draft: PaymentDraft) -> RecordView:
        with unit_of_work(self.db, "noun.case_payment", str(case_id)) as session:
            authorize(session, actor, Permission.RECORD_CASE_RESULT)
            case = _case(session, case_id, lock=True)
            check_case(session, actor, Permission.RECORD_CASE_RESULT, case.id)  # issue 21
            paper = self._paper(draft.paper, draft.paid_on, case, "field.collected_on")
            amount = v.money(draft.amount, "field.amount") or 0
            costs = v.money(draft.costs, "field.costs") or 0
            if amount <= 0:
                raise ValidationError("validation.not_positive", field="field.amount")
            if draft.lot_id is not None:
                costs = _lot_proceeds(session, case, draft.lot_id, amount, costs, draft.paid_on)
            if costs > amount:
                raise ValidationError("outcome.costs_exceed", costs=vnd(costs), amount=vnd(amount))
            obligation = _obligation(session, case, draft.obligation_id)
            refuse_closed(session, draft.paid_on)
            check_payment(session, case, amount - costs, draft.paid_on, obligation=obligation)
            row = add_payment(
                session, case, amount=amount, paid_on=draft.paid_on,
                document=(paper.number, paper.on, paper.issuer), recorded_by=actor.user_id,
                at=utcnow(), costs=costs, note=v.text_field(draft.note, "field.note", limit=2000),
                lot_id=draft.lot_id, obligation_id=obligation,
            )  # fmt: skip
            return RecordView.of_payment(row, None, case.name, actor.full_name)

    def confirm(
        self, actor: Actor, record: RecordView, *, accept: bool = True, note: str = ""
    ) -> RecordView:
        """The head's word on an outcome, a payment or a correction of the case: accepted it
        counts, refused never (Law 106/2025 Art 22; corrections since migration 0027)."""
        if record.is_change:
            return self._confirm_change(actor, record, accept=accept, note=note)
        with unit_of_work(self.db, record.noun, str(record.id)) as session:
            authorize(session, actor, Permission.CONFIRM_CASE_RESULT)
            row: CaseOutcome | CasePayment | None
            if record.is_payment:
                row = session.get(CasePayment, record.id)
                taken = CaseConfirmation.payment_id == record.id
            else:
                row = session.get(CaseOutcome, record.id)
                taken = CaseConfirmation.outcome_id == record.id
            if row is None:
                raise NotFoundError(what=record.noun, ref=record.id)
            case = _case(session, row.case_id, lock=True)
            # Issue 21: the head of the case's unit (or the provincial head) confirms.
            check_case(session, actor, Permission.CONFIRM_CASE_RESULT, case.id)
            _refuse_twice_or_own(session, actor, taken, row.recorded_by)
            if accept:
                refuse_closed(
                    session, row.paid_on if isinstance(row, CasePayment) else row.effective_on
                )
            if accept and isinstance(row, CaseOutcome):
                self._check_outcome(
                    session, case, row.kind, row.effective_on, pending=row.id,
                    obligation=row.obligation_id,
                )  # fmt: skip
            if accept and isinstance(row, CasePayment):
                _refuse_voided(session, row)
                hold_behind_earlier_credit(session, row)  # one sale of a lot counts at a time
                check_payment(
                    session, case, row.amount - row.costs, row.paid_on, row.id,
                    obligation=row.obligation_id,
                )  # fmt: skip
            confirmation = CaseConfirmation(
                outcome_id=None if record.is_payment else record.id,
                payment_id=record.id if record.is_payment else None,
                accepted=accept, confirmed_by=actor.user_id, confirmed_at=utcnow(),
                note=v.text_field(note, "field.note", limit=2000),
            )  # fmt: skip
            session.add(confirmation)
            session.flush()
            refresh_cache(session, case)
            who = record.recorder_name
            if isinstance(row, CasePayment):
                return RecordView.of_payment(row, confirmation, case.name, who)
            return RecordView.of_outcome(row, confirmation, case.name, who)

    def _confirm_change(
        self, actor: Actor, record: RecordView, *, accept: bool, note: str
    ) -> RecordView:
        """A correction (amount, officer, decision date, a void) counts in the statistics
        only once a head who did not record it accepts it (Decree 152/2026 Art 38: the head
        answers for the agency's statistics; Law 106/2025 Art 22). Accepted, it is checked
        again against the record as it stands now; refused, the case row goes back to the
        value before it when it still holds the refused one. The void of money a buyer took
        back is never refused (``lot_credits.refuse_refusing_refunded``, Art 67.4)."""
        with unit_of_work(self.db, record.noun, str(record.id)) as session:
            authorize(session, actor, Permission.CONFIRM_CASE_RESULT)
            row = session.get(CaseChange, record.id)
            if row is None:
                raise NotFoundError(what=record.noun, ref=record.id)
            case = _case(session, row.case_id, lock=True)
            check_case(session, actor, Permission.CONFIRM_CASE_RESULT, case.id)  # issue 21
            _refuse_twice_or_own(
                session, actor, CaseConfirmation.change_id == row.id, row.recorded_by
            )
            if accept:
                refuse_closed(session, row.effective_on)
                self._check_change(session, case, row)
            else:
                refuse_refusing_refunded(session, row)  # Decree 152/2026 Art 67.4
                _undo_on_case(case, row)
            confirmation = CaseConfirmation(
                change_id=row.id, accepted=accept, confirmed_by=actor.user_id,
                confirmed_at=utcnow(), note=v.text_field(note, "field.note", limit=2000),
            )  # fmt: skip
            session.add(confirmation)
            session.flush()
            refresh_cache(session, case)
            return RecordView.of_change(row, confirmation, case.name, record.recorder_name)

    @staticmethod
    def _check_change(session: Session, case: Case, row: CaseChange) -> None:
        """What the correction needs to still hold when the head accepts it."""
        if row.kind is ChangeKind.AMOUNT:
            if (row.new_value or 0) < collected(session, case.id, pending_too=True):
                raise ValidationError("history.amount_below_collected")
        elif row.kind is ChangeKind.VOID_OUTCOME:
            steps = confirmed_steps(session, case.id)
            latest = max(steps, key=lambda s: (s.on, s.seq), default=None)
            if latest is None or latest.seq != row.outcome_id:
                raise ValidationError("history.void_not_latest")
        elif row.kind is ChangeKind.VOID_PAYMENT:
            gone = session.scalar(
                select(CaseChange.id).where(
                    CaseChange.payment_id == row.payment_id,
                    CaseChange.id != row.id,
                    CaseChange.id.in_(confirmed_changes()),
                )
            )
            if gone is not None:
                raise ValidationError("history.void_not_latest")

    def record_change(self, actor: Actor, case_id: int, draft: ChangeDraft) -> int:
        """Append a correction; the case row (today's view) follows it, the statistics read
        it as of each period's end, so past periods keep their figures."""
        with unit_of_work(self.db, "noun.case_change", str(case_id)) as session:
            authorize(session, actor, Permission.RECORD_CASE_RESULT)
            case = _case(session, case_id, lock=True)
            check_case(session, actor, Permission.RECORD_CASE_RESULT, case.id)  # issue 21
            kind = v.member(ChangeKind, draft.kind, "field.kind")
            if kind.on_case_form:
                raise ValidationError("history.on_case_form")
            paper = self._paper(draft.paper, draft.effective_on, case, "field.effective_on")
            refuse_closed(session, draft.effective_on)
            row = CaseChange(
                case_id=case.id, kind=kind, effective_on=draft.effective_on,
                doc_number=paper.number, doc_date=paper.on, doc_issuer=paper.issuer,
                note=v.text_field(draft.note, "field.note", limit=2000),
                recorded_by=actor.user_id, recorded_at=utcnow(),
            )  # fmt: skip
            if kind in (ChangeKind.AMOUNT, ChangeKind.OFFICER):
                last = last_change_day(session, case.id, (kind,))
                if last is not None and draft.effective_on < last:
                    raise ValidationError(
                        "outcome.before_last", day=dmy(draft.effective_on), last=dmy(last)
                    )
            if kind is ChangeKind.AMOUNT:
                if obligations_of(session, case.id):
                    # The listed obligations sum to the amount and are listed once: an
                    # amount corrected afterwards would no longer match them (issue 19).
                    raise ValidationError("obligation.amount_fixed")
                amount = v.money(draft.value, "field.amount")
                if amount is None or amount < collected(session, case.id, pending_too=True):
                    raise ValidationError("history.amount_below_collected")
                row.old_value, row.new_value = case.amount_to_enforce, amount
                case.amount_to_enforce = amount
            elif kind is ChangeKind.OFFICER:
                new = session.get(User, draft.value) if draft.value is not None else None
                if draft.value is not None and new is None:
                    raise NotFoundError(what="noun.user", ref=draft.value)
                if new is not None:  # issue 21: an officer who may act in the case's unit
                    officer = Actor(new.id, new.username, new.full_name, frozenset())
                    check_unit(session, officer, Permission.RECORD_CASE_RESULT, case.unit_id)
                if draft.value == case.officer_id:
                    raise ValidationError("history.no_change")
                row.old_value, row.new_value = case.officer_id, draft.value
                case.officer_id = draft.value
            elif kind is ChangeKind.VOID_OUTCOME:
                self._void_outcome(session, case, row, draft)
            else:
                self._void_payment(session, case, row, draft)
            session.add(row)
            session.flush()
            refresh_cache(session, case)
            return row.id

    @staticmethod
    def _void_outcome(session: Session, case: Case, row: CaseChange, draft: ChangeDraft) -> None:
        """Only the latest accepted outcome is voided, not before it took effect: the
        history is corrected from its end, so the fold stays in date order."""
        target = session.get(CaseOutcome, draft.record_id or -1)
        steps = confirmed_steps(session, case.id)
        latest = max(steps, key=lambda s: (s.on, s.seq), default=None)
        if target is None or target.case_id != case.id or latest is None or latest.seq != target.id:
            raise ValidationError("history.void_not_latest")
        if _void_waiting_or_done(session, CaseChange.outcome_id == target.id):
            raise ValidationError("history.void_not_latest")
        if draft.effective_on < target.effective_on:
            raise ValidationError(
                "outcome.before_last", day=dmy(draft.effective_on), last=dmy(target.effective_on)
            )
        row.outcome_id = target.id

    @staticmethod
    def _void_payment(session: Session, case: Case, row: CaseChange, draft: ChangeDraft) -> None:
        target = session.get(CasePayment, draft.record_id or -1)
        accepted = session.scalar(
            select(CaseConfirmation.accepted).where(
                CaseConfirmation.payment_id == (draft.record_id or -1)
            )
        )
        taken = _void_waiting_or_done(session, CaseChange.payment_id == (draft.record_id or -1))
        if target is None or target.case_id != case.id or not accepted or taken:
            raise ValidationError("history.void_not_latest")
        if draft.effective_on < target.paid_on:
            raise ValidationError(
                "outcome.before_last", day=dmy(draft.effective_on), last=dmy(target.paid_on)
            )
        row.payment_id = target.id

    def list_obligations(
        self, actor: Actor, case_id: int, drafts: list[ObligationDraft]
    ) -> list[ObligationView]:
        """List the case's obligations once, in the order given (payments recorded for the
        case fill them in that order); they must sum to the amount to enforce. Law 106/2025
        Art 3.8: one decision is one case, whatever number of obligations it names."""
        with unit_of_work(self.db, "noun.case_obligation", str(case_id)) as session:
            authorize(session, actor, Permission.RECORD_CASE_RESULT)
            case = _case(session, case_id, lock=True)
            check_case(session, actor, Permission.RECORD_CASE_RESULT, case.id)  # issue 21
            if obligations_of(session, case.id):
                raise ValidationError("obligation.already_listed", case=case.name)
            if not drafts:
                raise ValidationError("obligation.none")
            rows: list[CaseObligation] = []
            for position, draft in enumerate(drafts, 1):
                kind = v.member(ObligationKind, draft.kind, "field.obligation_kind")
                amount = v.money(draft.amount, "field.amount") or 0
                if amount <= 0:
                    raise ValidationError("obligation.amount_not_positive", row=position)
                row = CaseObligation(
                    case_id=case.id, position=position, kind=kind, amount=amount,
                    note=v.text_field(draft.note, "field.note", limit=300),
                    recorded_by=actor.user_id, recorded_at=utcnow(),
                )  # fmt: skip
                rows.append(row)
            listed = sum(r.amount for r in rows)
            if listed != case.amount_to_enforce:
                raise ValidationError(
                    "obligation.sum_mismatch", listed=vnd(listed),
                    amount=vnd(case.amount_to_enforce),
                )  # fmt: skip
            # The figures of every closed period as they stand, then with the obligations:
            # a closed period's figures never change (joint Circular 12/2021 Art 9).
            before = _closed_figures(session, case.id)
            session.add_all(rows)
            session.flush()
            _refuse_changed_figures(before, _closed_figures(session, case.id), case)
            return _obligation_views(session, case)

    def obligations(self, actor: Actor, case_id: int) -> list[ObligationView]:
        """The case's obligations in listed order, each with its standing and money."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return _obligation_views(session, _case(session, case_id))

    def change(self, actor: Actor, change_id: int) -> RecordView:
        """One correction as the head's queue shows it, with the head's word if given."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            row = session.get(CaseChange, change_id)
            if row is None:
                raise NotFoundError(what="noun.case_change", ref=change_id)
            word = session.scalar(
                select(CaseConfirmation).where(CaseConfirmation.change_id == change_id)
            )
            names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
            case = _case(session, row.case_id)
            who = names.get(row.recorded_by or -1, "")
            return RecordView.of_change(row, word, case.name, who, change_detail(row, names))

    def history(self, actor: Actor, case_id: int) -> list[HistoryEntry]:
        """The case's outcomes, payments and changes, newest first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return history(session, _case(session, case_id))

    def close_period(self, actor: Actor, start: date, end: date, note: str = "") -> ClosingView:
        """The head closes a statistics period once it has ended (Circular 12/2021 Art 5, 9)."""
        with unit_of_work(self.db, "noun.statistics_closing", dmy(end)) as session:
            authorize(session, actor, Permission.CONFIRM_CASE_RESULT)
            # A period closes for the whole province's statistics (issue 21: the provincial
            # unit's head, not a regional office's; Circular 12/2021 Art 5, 9).
            check_unit(session, actor, Permission.CONFIRM_CASE_RESULT, default_unit_id(session))
            if start > end:
                raise ValidationError("history.bad_period", start=dmy(start), end=dmy(end))
            if end >= self.today():
                raise ValidationError("history.period_not_over", end=dmy(end))
            earlier = closing_of(session, end) or closing_of(session, start)
            if earlier is not None and earlier.period_start <= start and earlier.period_end >= end:
                raise ValidationError(
                    "history.period_closed", day=dmy(end),
                    start=dmy(earlier.period_start), end=dmy(earlier.period_end),
                )  # fmt: skip
            # A record dated in the period and still awaiting the head could never be
            # accepted once it is closed (``refuse_closed_statistics``): he decides it first.
            waiting = _awaiting_in(session, start, end)
            if waiting:
                raise ValidationError(
                    "history.pending_in_period", start=dmy(start), end=dmy(end),
                    count=len(waiting), case=waiting[0],
                )  # fmt: skip
            row = StatisticsClosing(
                period_start=start, period_end=end, closed_by=actor.user_id,
                closed_at=utcnow(), note=v.text_field(note, "field.note", limit=2000),
            )  # fmt: skip
            session.add(row)
            session.flush()
            return ClosingView(row.id, start, end, actor.user_id)

    def results(self, actor: Actor, case_id: int) -> CaseResults:
        """The case's standing today, its money and every record, newest first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return case_results(session, _case(session, case_id))

    def pending(self, actor: Actor, limit: int = 500) -> list[RecordView]:
        """Records awaiting the head's word, oldest first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return pending_records(session, limit, visible_unit_ids(session, actor))

    # checks ---------------------------------------------------------------------------

    def _paper(self, paper: Paper, day: date, case: Case, day_field: str) -> Paper:
        """The document checked: filled in, not after the day it takes effect, nothing in the
        future, nothing before the enforcement decision."""
        number = v.text_field(paper.number, "field.doc_number", limit=60, required=True)
        issuer = v.text_field(paper.issuer, "field.doc_issuer", limit=200, required=True)
        today = self.today()
        for when, key in ((paper.on, "field.doc_date"), (day, day_field)):
            if not isinstance(when, date):
                raise ValidationError("validation.required", field=key)
            if when > today:
                raise ValidationError("outcome.date_in_future", field=key, day=dmy(when))
        if case.decision_date is None:
            raise ValidationError("outcome.no_decision", case=case.name)
        if day < case.decision_date:
            raise ValidationError(
                "outcome.before_decision", field=day_field, day=dmy(day),
                decision=dmy(case.decision_date),
            )  # fmt: skip
        if paper.on > day:
            raise ValidationError("outcome.doc_after_effect", doc=dmy(paper.on), day=dmy(day))
        return Paper(number, paper.on, issuer)

    @staticmethod
    def _reason(
        kind: OutcomeKind, reason: NotEnforceableReason | None
    ) -> NotEnforceableReason | None:
        """Art 38.1: a not-yet-enforceable decision names its ground; nothing else does."""
        if kind is OutcomeKind.NOT_ENFORCEABLE:
            if reason is None:
                raise ValidationError("outcome.reason_required")
            return v.member(NotEnforceableReason, reason, "field.kind")
        if reason is not None:
            raise ValidationError("outcome.reason_not_allowed")
        return None

    @staticmethod
    def _check_outcome(
        session: Session, case: Case, kind: OutcomeKind, day: date, pending: int | None = None,
        obligation: int | None = None,
    ) -> None:  # fmt: skip
        """The outcome follows the accepted history in date order and is allowed from the
        state it finds (the obligation's own when it concerns one, else the case's, derived
        from its obligations: Law 106/2025 Art 3.8); one record at a time awaits the head."""
        waiting = _pending_outcome(session, case.id)
        if waiting is not None and waiting.id != pending:
            raise ValidationError(
                "outcome.pending_exists", kind=waiting.kind, day=dmy(waiting.effective_on)
            )
        steps = confirmed_steps(session, case.id)
        last = max((s.on for s in steps), default=None)
        if last is not None and day < last:
            raise ValidationError("outcome.before_last", day=dmy(day), last=dmy(last))
        if obligation is not None:
            now = obligation_standing(session, case.id, obligation)
        else:
            now = standing_of(session, case.id)
        if not may_follow(now.state, kind):
            raise ValidationError(
                "outcome.not_allowed", state=now.state, kind=kind,
                since=dmy(now.since) if now.since else "—",
                allowed=sorted(ALLOWED[now.state]) or "—",
            )  # fmt: skip
        if kind in ART22:
            # Decree 152/2026 Art 22.1: only a case the agency decided ex officio (Law
            # 106/2025 Art 33.2) moves to the separate book; Art 22.2: only a request (Art
            # 34) is returned to the one who made it.
            if (kind is OutcomeKind.SEPARATE_BOOK) != case.ex_officio:
                raise ValidationError(
                    "outcome.art22_wrong_kind" if case.ex_officio else "outcome.art22_on_request"
                )
            _check_art22(session, case, now.not_enforceable_since, day)


def check_payment(
    session: Session, case: Case, counted: int, paid_on: date, pending: int | None = None,
    obligation: int | None = None,
) -> None:  # fmt: skip
    """No money after the case ended (Art 55), none beyond what remains to enforce; for one
    obligation, none after it ended and none beyond what remains of it."""
    if obligation is not None:
        _check_obligation_payment(session, case, counted, paid_on, pending, obligation)
    then = standing_of(session, case.id, paid_on)
    if then.state in FINISHED:
        since = dmy(then.since) if then.since else "—"
        raise ValidationError("outcome.finished", state=then.state, since=since)
    taken = collected(session, case.id, pending_too=True)
    if pending is not None:
        row = session.get(CasePayment, pending)
        taken -= row.amount - row.costs if row is not None else 0
    left = max(case.amount_to_enforce - taken, 0)
    if counted > left:
        raise ValidationError("outcome.overpaid", amount=vnd(counted), left=vnd(left))


def _check_obligation_payment(
    session: Session, case: Case, counted: int, paid_on: date, pending: int | None,
    obligation: int,
) -> None:  # fmt: skip
    then = obligation_standing(session, case.id, obligation, paid_on)
    if then.state in FINISHED:
        since = dmy(then.since) if then.since else "—"
        raise ValidationError("outcome.finished", state=then.state, since=since)
    row = session.get(CaseObligation, obligation)
    taken = obligation_collected(session, case.id, pending_too=True).get(obligation, 0)
    if pending is not None:
        # The payment being confirmed is among those counted: leave its own share out.
        mine = session.get(CasePayment, pending)
        if mine is not None and mine.obligation_id == obligation:
            taken -= mine.amount - mine.costs
    left = max((row.amount if row is not None else 0) - taken, 0)
    if counted > left:
        raise ValidationError("outcome.obligation_overpaid", amount=vnd(counted), left=vnd(left))


def _obligation_views(session: Session, case: Case) -> list[ObligationView]:
    money = obligation_collected(session, case.id)
    views = []
    for row in obligations_of(session, case.id):
        now = obligation_standing(session, case.id, row.id)
        view = ObligationView(
            row.id, case.id, row.position, row.kind, row.amount, row.note, now.state,
            now.since, money.get(row.id, 0),
        )  # fmt: skip
        views.append(view)
    return views


def _closed_figures(session: Session, case_id: int) -> dict[StatisticsClosing, Line | None]:
    """The case's line in each closed statistics period, as its report reads it."""
    closings = session.scalars(select(StatisticsClosing).order_by(StatisticsClosing.period_end))
    return {
        c: lines(session, c.period_start, c.period_end, Case.id, case_id=case_id).get(case_id)
        for c in closings
    }


def _refuse_changed_figures(
    before: dict[StatisticsClosing, Line | None],
    after: dict[StatisticsClosing, Line | None],
    case: Case,
) -> None:
    """Listing a case's obligations splits its money per obligation in every period, closed
    ones too (Law 106/2025 Art 3.8): refused when a closed period would read otherwise (joint
    Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9); the transaction is rolled back."""
    for closing, line in before.items():
        if after.get(closing) != line:
            raise ValidationError(
                "obligation.period_closed", case=case.name,
                start=dmy(closing.period_start), end=dmy(closing.period_end),
            )  # fmt: skip


def _obligation(session: Session, case: Case, obligation_id: int | None) -> int | None:
    """The obligation named for a record: one of this case's (Law 106/2025 Art 3.8)."""
    if obligation_id is None:
        return None
    row = session.get(CaseObligation, obligation_id)
    if row is None or row.case_id != case.id:
        raise NotFoundError(what="noun.case_obligation", ref=obligation_id)
    return row.id


def _lot_proceeds(
    session: Session, case: Case, lot_id: int, amount: int, typed: int, paid_on: date
) -> int:
    """An auction's proceeds: the lot is the case's and its buyer has paid in full, not after
    the day the money is dated (Decree 152/2026 Art 65.1: the sale's money is there from
    its full payment; dated earlier, a period could count it with the credit of a sale the
    buyer cancelled); they are credited once; the costs deducted are those recorded on the
    lot (Law 106/2025 Art 54.1: enforcement costs are taken from the proceeds first), a
    typed figure must agree."""
    lot = session.get(AuctionLot, lot_id)
    if lot is None or lot.case_id != case.id:
        raise NotFoundError(what="noun.auction_lot", ref=lot_id)
    if lot.paid_on is None or lot.price is None:
        raise ValidationError("outcome.lot_not_paid", lot=lot.id)
    if paid_on < lot.paid_on:
        raise ValidationError("outcome.lot_credit_early", lot=lot.id, day=dmy(paid_on),
                              paid=dmy(lot.paid_on))  # fmt: skip
    if amount > lot.price:
        raise ValidationError("outcome.over_lot_price", amount=vnd(amount), price=vnd(lot.price))
    refused = select(CaseConfirmation.payment_id).where(
        CaseConfirmation.payment_id.is_not(None), CaseConfirmation.accepted.is_(False)
    )
    credited = session.scalar(  # a credit voided (the buyer took his money back) is not one
        select(CasePayment.id).where(
            CasePayment.lot_id == lot.id,
            CasePayment.id.not_in(refused),
            CasePayment.id.not_in(voided_or_voiding(CaseChange.payment_id)),
        )
    )
    if credited is not None:
        raise ValidationError("outcome.lot_credited", lot=lot.id)
    costs = lot_costs(session, lot.id)
    if typed and typed != costs:
        raise ValidationError("outcome.costs_from_lot", typed=vnd(typed), costs=vnd(costs))
    return costs


def _check_art22(session: Session, case: Case, since: date | None, day: date) -> None:
    """Decree 152/2026 Art 22 (Law 106/2025 Art 38.4): only when 2 years have passed since
    the decision that the case was not enforceable, and a verification of Art 38.3 (at least
    every 6 months) made since that decision, the latest within 6 months of ``day``, found
    no new information on the liable person's means."""
    if since is None or not over_two_years(since, day):
        start = since or day
        raise ValidationError(
            "outcome.art22_too_early", since=dmy(start), earliest=dmy(_years_after(start, 2))
        )
    latest = session.scalar(
        select(CaseVerification)
        .where(CaseVerification.case_id == case.id)
        .where(CaseVerification.verified_on >= since, CaseVerification.verified_on <= day)
        .order_by(CaseVerification.verified_on.desc(), CaseVerification.id.desc())
        .limit(1)
    )
    if latest is None or latest.verified_on < _months_before(day, 6):
        raise ValidationError("outcome.art22_not_verified", day=dmy(day))
    if latest.new_information:
        raise ValidationError("outcome.art22_new_information", day=dmy(latest.verified_on))


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 3, 1)


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError(day)


def _refuse_twice_or_own(
    session: Session, actor: Actor, taken: Any, recorded_by: int | None
) -> None:
    """One word per record, never the recorder's own (Law 106/2025 Art 22)."""
    earlier = session.scalar(select(CaseConfirmation).where(taken))
    if earlier is not None:
        raise ValidationError("outcome.already_confirmed", day=dmy(earlier.confirmed_at.date()))
    if actor.user_id is not None and actor.user_id == recorded_by:
        raise ValidationError("outcome.own_record")


def _void_waiting_or_done(session: Session, which: Any) -> bool:
    """A void of the record awaits the head or was accepted (a refused one does not count)."""
    refused = select(CaseConfirmation.change_id).where(
        CaseConfirmation.change_id.is_not(None), CaseConfirmation.accepted.is_(False)
    )
    found = session.scalar(select(CaseChange.id).where(which, CaseChange.id.not_in(refused)))
    return found is not None


def _refuse_voided(session: Session, payment: CasePayment) -> None:
    """A credit voided while it awaited the head (the buyer took the money back, Decree
    152/2026 Art 67.4) is never accepted; the head may only refuse it."""
    void = session.scalar(
        select(CaseChange)
        .where(CaseChange.payment_id == payment.id)
        .where(CaseChange.kind == ChangeKind.VOID_PAYMENT)
        .where(
            CaseChange.id.not_in(
                select(CaseConfirmation.change_id).where(
                    CaseConfirmation.change_id.is_not(None), CaseConfirmation.accepted.is_(False)
                )
            )
        )
        .order_by(CaseChange.id)
        .limit(1)
    )
    if void is not None:
        raise ValidationError("outcome.payment_voided", day=dmy(void.effective_on),
                              paper=void.doc_number)  # fmt: skip


def _undo_on_case(case: Case, row: CaseChange) -> None:
    """A refused correction leaves the case row as it was, if nothing changed it since."""
    if row.kind is ChangeKind.AMOUNT and case.amount_to_enforce == row.new_value:
        case.amount_to_enforce = row.old_value or 0
    elif row.kind is ChangeKind.OFFICER and case.officer_id == row.new_value:
        case.officer_id = row.old_value
    elif row.kind is ChangeKind.DECISION_DATE:
        now = case.decision_date.toordinal() if case.decision_date else None
        if now == row.new_value:
            old = row.old_value
            case.decision_date = date.fromordinal(old) if old is not None else None


def _pending_outcome(session: Session, case_id: int) -> CaseOutcome | None:
    return session.scalar(
        select(CaseOutcome)
        .outerjoin(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(CaseOutcome.case_id == case_id, CaseConfirmation.id.is_(None))
        .order_by(CaseOutcome.id)
        .limit(1)
    )


def _case(session: Session, case_id: int, *, lock: bool = False) -> Case:
    case = session.get(Case, case_id, with_for_update=lock)
    if case is None:
        raise NotFoundError(what="noun.case", ref=case_id)
    return case


def void_lot_credit(
    session: Session, actor: Actor, lot_id: int, on: date, paper: tuple[str, str], note: str
) -> int | None:
    """The buyer took his money back (Decree 152/2026 Art 67.4): the credit the lot's
    proceeds made stops counting from ``on``, as a correction awaiting a head who did not
    record it (the credit is money the case no longer has). A credit still awaiting the
    head is voided too: he can then only refuse it (``confirm`` says "outcome.payment_voided"),
    never count money the buyer has taken back. A refused credit needs no void. The head
    may only accept the void (``lot_credits``), and the lot's next credit waits for it.
    Returns the first correction's id; None when no credit is standing."""
    refused = select(CaseConfirmation.payment_id).where(
        CaseConfirmation.payment_id.is_not(None), CaseConfirmation.accepted.is_(False)
    )
    first: int | None = None
    for payment in session.scalars(
        select(CasePayment)
        .where(CasePayment.lot_id == lot_id, CasePayment.id.not_in(refused))
        .order_by(CasePayment.id)
    ):
        if _void_waiting_or_done(session, CaseChange.payment_id == payment.id):
            continue
        refuse_closed(session, on)
        number, issuer = paper
        row = CaseChange(
            case_id=payment.case_id, kind=ChangeKind.VOID_PAYMENT, payment_id=payment.id,
            effective_on=max(on, payment.paid_on), doc_number=number, doc_date=on,
            doc_issuer=issuer, note=note, recorded_by=actor.user_id, recorded_at=utcnow(),
        )  # fmt: skip
        session.add(row)
        session.flush()
        first = first if first is not None else row.id
    return first
