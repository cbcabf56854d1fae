"""Enforcement cases and their parties."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import (
    Agency,
    Case,
    CaseChange,
    CaseConfirmation,
    CaseOutcome,
    CasePayment,
    ChangeKind,
    Item,
    Party,
)
from db.models.case_history import voided
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import PartyRole
from evidence_app.domain.errors import NotFoundError, StaleEditError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.catalogue.case_search import CaseIndex
from evidence_app.services.catalogue.rows import item_rows
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import refuse_closed_statistics
from evidence_app.services.core.dto import CaseItems, CaseView, PartyView
from evidence_app.services.core.scope import (
    case_scope,
    check_case,
    check_case_visible,
    check_member_of_unit,
    home_unit_id,
    visible_unit_ids,
)
from evidence_app.services.core.search_text import item_search_text
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import case_view, party_view


@dataclass(frozen=True)
class CaseDraft:
    name: str
    judgment_number: str = ""
    judgment_date: date | None = None
    court: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    officer_id: int | None = None
    amount_to_enforce: int = 0
    amount_enforced: int = 0
    #: The head decided to enforce ex officio (chủ động, Law 106/2025 Art 33.2-33.3) or on a
    #: party's request (theo yêu cầu, Art 34); ex officio unless the officer says otherwise.
    ex_officio: bool = True


def cleaned_case(d: CaseDraft) -> CaseDraft:
    return replace(
        d,
        name=v.text_field(d.name, "field.case_name", limit=300, required=True),
        judgment_number=v.text_field(d.judgment_number, "field.number", limit=60),
        court=v.text_field(d.court, "field.name", limit=200),
        decision_number=v.text_field(d.decision_number, "field.number", limit=60),
        amount_to_enforce=v.money(d.amount_to_enforce, "field.amount") or 0,
        amount_enforced=v.money(d.amount_enforced, "field.amount") or 0,
    )


#: A case's officer of another office (issue 21).
OFFICER_ELSEWHERE = "unit.officer_elsewhere"


class CaseService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._index = CaseIndex()

    def create(self, actor: Actor, draft: CaseDraft) -> CaseView:
        draft = cleaned_case(draft)
        with unit_of_work(self.db, "noun.case", draft.name) as session:
            authorize(session, actor, Permission.MANAGE_CASES)
            agency_id = session.scalar(select(Agency.id).order_by(Agency.id))
            if agency_id is None:
                raise NotFoundError(what="noun.agency", ref="—")
            if draft.decision_date is not None:
                # A case received inside a closed statistics period would change its report
                # (Circular 12/2021 Art 9): it is entered as received later, or the period
                # stays open until it is.
                refuse_closed_statistics(session, draft.decision_date)
            unit_id = home_unit_id(session, actor, Permission.MANAGE_CASES)
            if draft.officer_id is not None:
                # The officer assigned is of the office or of the provincial agency (Law
                # 106/2025 Art 32.2; issue 21).
                check_member_of_unit(session, draft.officer_id, unit_id, OFFICER_ELSEWHERE)
            case = Case(
                agency_id=agency_id,
                # The officer's office owns the case (issue 21).
                unit_id=unit_id,
                **{f.name: getattr(draft, f.name) for f in fields(draft)},
            )
            session.add(case)
            session.flush()
            self._index.invalidate()
            return case_view(case)

    def update(
        self, actor: Actor, case_id: int, expected_version: int, draft: CaseDraft
    ) -> CaseView:
        """Save a case; its items' search text follows a new name or number."""
        draft = cleaned_case(draft)
        with unit_of_work(self.db, "noun.case", str(case_id)) as session:
            authorize(session, actor, Permission.MANAGE_CASES)
            case = _case(session, case_id)
            check_case(session, actor, Permission.MANAGE_CASES, case_id)  # issue 21
            if case.version != expected_version:
                raise StaleEditError(
                    what="noun.case", ref=case.name, current=case.version, expected=expected_version
                )
            if draft.officer_id is not None and draft.officer_id != case.officer_id:
                check_member_of_unit(session, draft.officer_id, case.unit_id, OFFICER_ELSEWHERE)
            if draft.ex_officio != case.ex_officio:
                _check_kind_change(session, case)
            _record_changes(session, case, draft, actor)
            for f in fields(draft):
                setattr(case, f.name, getattr(draft, f.name))
            session.flush()
            for item in session.scalars(select(Item).where(Item.case_id == case.id)):
                item.search_text = item_search_text(item, case)
            view = case_view(case, _parties(session, case.id))
        self._index.invalidate()  # after the commit, so no rebuild reads the old name
        return view

    def add_party(
        self,
        actor: Actor,
        case_id: int,
        role: PartyRole,
        full_name: str,
        id_number: str = "",
        address: str = "",
    ) -> PartyView:
        full_name = v.text_field(full_name, "field.full_name", limit=200, required=True)
        with unit_of_work(self.db, "noun.party", full_name) as session:
            authorize(session, actor, Permission.MANAGE_CASES)
            _case(session, case_id)
            check_case(session, actor, Permission.MANAGE_CASES, case_id)
            party = Party(
                case_id=case_id,
                role=v.member(PartyRole, role, "field.role"),
                full_name=full_name,
                id_number=v.text_field(id_number, "field.number", limit=40),
                address=v.text_field(address, "field.address", limit=1000),
            )
            session.add(party)
            session.flush()
            return party_view(party)

    def get(self, actor: Actor, case_id: int) -> CaseView:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            case = _case(session, case_id)
            check_case_visible(session, actor, case_id)  # issue 21
            return case_view(case, _parties(session, case_id))

    def items(self, actor: Actor, case_id: int, limit: int = 500) -> CaseItems:
        """The case with its parties, and its newest ``limit`` items as light rows."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            found = _case(session, case_id)
            check_case_visible(session, actor, case_id)  # issue 21
            case = case_view(found, _parties(session, case_id))
            total = session.scalar(select(func.count(Item.id)).where(Item.case_id == case_id))
            rows = item_rows(session, Item.case_id == case_id, limit)
            return CaseItems(case, rows, int(total or 0))

    def search(self, actor: Actor, text: str, limit: int = 200) -> list[CaseView]:
        """Newest cases whose name, judgment or decision number has every typed word.

        Diacritics and case are ignored (``trom cap`` finds ``Trộm cắp``); an empty text
        gives the newest cases.
        """
        limit = max(0, min(limit, 10_000))
        if not text.strip():
            return self.recent(actor, limit)
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            # A regional office's user finds their units' cases only (issue 21).
            visible = visible_unit_ids(session, actor)
            ids = self._index.search(session, text[:200], limit, visible)
            by_id = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(ids)))}
            return [case_view(by_id[i]) for i in ids if i in by_id]

    def recent(self, actor: Actor, limit: int = 1000) -> list[CaseView]:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(Case).order_by(Case.id.desc()).limit(limit)
            scope = case_scope(session, actor)  # issue 21
            if scope is not None:
                query = query.where(scope)
            rows = session.scalars(query)
            return [case_view(c) for c in rows]


def _check_kind_change(session: Session, case: Case) -> None:
    """Ex officio or on request (Law 106/2025 Art 33.2, 34) is corrected only while no
    outcome or payment is recorded for the case and its decision lies in no closed statistics
    period: the split figures of a reported period never change (joint Circular 12/2021 Art 9),
    nor does the road Decree 152/2026 Art 22 took (22.1 separate book, 22.2 request
    returned)."""
    recorded = session.scalar(
        select(func.count()).select_from(CaseOutcome).where(CaseOutcome.case_id == case.id)
    ) or session.scalar(
        select(func.count()).select_from(CasePayment).where(CasePayment.case_id == case.id)
    )
    if recorded:
        raise ValidationError("case.kind_fixed", case=case.name)
    if case.decision_date is not None:
        refuse_closed_statistics(session, case.decision_date)


def _record_changes(session: Session, case: Case, draft: CaseDraft, actor: Actor) -> None:
    """A new amount to enforce, officer or decision date of a decided case is also an
    append-only change effective today, so the statistics of earlier periods keep what stood
    then (issue 19; joint Circular 12/2021 Art 9). A correction with its own document and day
    goes through CaseResultService.record_change."""
    today = agency_today()
    if case.decision_date != draft.decision_date:
        _check_decision_date(session, case, draft.decision_date)
    if case.decision_date is None:
        # A first decision date is entered like a new case's (``create``): never inside a
        # closed statistics period (checked above).
        return
    pairs = (
        (ChangeKind.AMOUNT, case.amount_to_enforce, draft.amount_to_enforce),
        (ChangeKind.OFFICER, case.officer_id, draft.officer_id),
        (ChangeKind.DECISION_DATE, case.decision_date.toordinal(),
         draft.decision_date.toordinal() if draft.decision_date else None),
    )  # fmt: skip
    for kind, old, new in pairs:
        if old != new:
            on = today if kind is ChangeKind.DECISION_DATE else max(today, case.decision_date)
            _add_change(session, case, kind, old, new, on, actor)


def _add_change(
    session: Session, case: Case, kind: ChangeKind, old: int | None, new: int | None,
    on: date, actor: Actor,
) -> None:  # fmt: skip
    today = agency_today()
    session.add(
        CaseChange(
            case_id=case.id, kind=kind, old_value=old, new_value=new, effective_on=on,
            doc_number="", doc_date=today, doc_issuer="", note="",
            recorded_by=actor.user_id, recorded_at=utcnow(),
        )
    )  # fmt: skip


def _check_decision_date(session: Session, case: Case, new: date | None) -> None:
    """A decision date moved after (or removed before) a result or payment that counts
    would leave that record before its decision (Law 106/2025 Art 36: enforcement starts
    from the decision); void the record first. The new date may not fall inside a closed
    statistics period, whose report it would change (Circular 12/2021 Art 9)."""
    if new is not None:
        refuse_closed_statistics(session, new)
    accepted = CaseConfirmation.accepted.is_not(False)
    first = min(
        (
            d for d in (
                session.scalar(
                    select(func.min(CaseOutcome.effective_on))
                    .outerjoin(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
                    .where(CaseOutcome.case_id == case.id, accepted)
                    .where(CaseOutcome.id.not_in(voided(CaseChange.outcome_id)))
                ),
                session.scalar(
                    select(func.min(CasePayment.paid_on))
                    .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
                    .where(CasePayment.case_id == case.id, accepted)
                    .where(CasePayment.id.not_in(voided(CaseChange.payment_id)))
                ),
            )
            if d is not None
        ),
        default=None,
    )  # fmt: skip
    if first is not None and (new is None or new > first):
        raise ValidationError(
            "history.decision_after_records",
            day=f"{new:%d/%m/%Y}" if new else "—", first=f"{first:%d/%m/%Y}",
        )  # fmt: skip


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(what="noun.case", ref=case_id)
    return case


def _parties(session: Session, case_id: int) -> list[Party]:
    return list(session.scalars(select(Party).where(Party.case_id == case_id).order_by(Party.id)))
