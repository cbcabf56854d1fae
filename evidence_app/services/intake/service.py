"""The handover (giao nhận): items checked against the seizure record, booked in, put away,
with the handover minutes, entry order, entry slip and stock card, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import (
    Agency,
    Case,
    Intake,
    IntakeDocument,
    IntakeLine,
    Location,
    MoneyCount,
    Party,
    User,
    Warehouse,
)
from evidence_app.domain.enums import MONEY_CATEGORIES, CustodianKind, Role
from evidence_app.domain.errors import IntakeRefusedError, NotFoundError
from evidence_app.domain.permissions import Permission
from evidence_app.services.catalogue import new_codes, new_item, record_receipt
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import refuse_closed_statistics
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.scope import (
    check_case,
    check_unit,
    default_unit_id,
    home_unit_id,
    location_unit_id,
)
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import item_view
from evidence_app.services.custody import put_away_item
from evidence_app.services.documents import DocumentView
from evidence_app.services.intake.checks import (
    IntakeDraft,
    IntakeLineDraft,
    LineProblem,
    PartyDraft,
    changed,
    check_header,
    check_line,
)
from evidence_app.services.intake.papers import IntakePapers, PaperWriter

__all__ = [
    "IntakeDraft",
    "IntakeLineDraft",
    "IntakeResult",
    "IntakeService",
    "LineProblem",
    "PartyDraft",
]


@dataclass(frozen=True)
class IntakeResult:
    """A recorded handover: its id, the case, the items booked in and the papers issued."""

    intake_id: int
    case_id: int
    received_at: datetime
    items: tuple[ItemView, ...]
    documents: tuple[DocumentView, ...]


@dataclass(frozen=True)
class _Plan:
    header: IntakeDraft
    lines: tuple[IntakeLineDraft, ...]
    case: Case | None
    locations: dict[int, Location]


class IntakeService:
    """Handover sessions; refused as a whole while any line has a problem."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def validate(self, actor: Actor, draft: IntakeDraft) -> list[LineProblem]:
        """Every problem of the draft, header first then by line; nothing is written."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.RECEIVE_ITEMS)
            return _plan(session, draft)[1]

    def commit(self, actor: Actor, draft: IntakeDraft) -> IntakeResult:
        """Record the handover: case (if new), items, events, lines and papers, or nothing."""
        with unit_of_work(self.db, "noun.intake", draft.seizure_record_number) as session:
            authorize(session, actor, Permission.RECEIVE_ITEMS)
            plan, problems = _plan(session, draft)
            if problems:
                raise IntakeRefusedError(tuple(problems))
            unit_id = _check_units(session, actor, plan)
            return _record(session, actor, plan, unit_id)


def _check_units(session: Session, actor: Actor, plan: _Plan) -> int:
    """The keeper receives into their own unit's warehouses, for their unit's case (issue
    21); returns the unit a new case belongs to."""
    perm = Permission.RECEIVE_ITEMS
    units = {loc.id: location_unit_id(session, loc.id) for loc in plan.locations.values()}
    for unit_id in sorted(set(units.values())):
        check_unit(session, actor, perm, unit_id)
    if plan.case is not None:
        check_case(session, actor, perm, plan.case.id)
        return plan.case.unit_id
    return min(units.values()) if units else home_unit_id(session, actor, perm)


def _plan(session: Session, draft: IntakeDraft) -> tuple[_Plan, list[LineProblem]]:
    header, problems = check_header(draft)
    case = None
    if draft.case_id is not None:
        case = session.get(Case, draft.case_id)
        if case is None:
            problems.append(_not_found(None, "field.case", "noun.case", draft.case_id))
    lines = []
    for number, raw in enumerate(draft.lines, start=1):
        line, found = check_line(number, raw, header)
        lines.append(line)
        problems += found
    locations = _locations(session, lines, problems)
    header = replace(header, officer_id=_officer(session, draft, case, problems))
    return _Plan(header, tuple(lines), case, locations), problems


def _officer(
    session: Session, draft: IntakeDraft, case: Case | None, problems: list[LineProblem]
) -> int | None:
    """The enforcement officer who attends and signs the minutes (Decree 152 Art 37.2): the
    one named, else the case's; an active user holding the officer's role."""
    officer_id = draft.officer_id or (case.officer_id if case is not None else None)
    if officer_id is None and draft.new_case is not None:
        officer_id = draft.new_case.officer_id
    if officer_id is None:
        problems.append(LineProblem(None, "field.officer", "intake.officer_required"))
        return None
    user = session.get(User, officer_id)
    roles = {r.role for r in user.roles} if user is not None else set()
    if user is None or not user.active or Role.OFFICER not in roles:
        name = user.full_name if user is not None else str(officer_id)
        problems.append(LineProblem(None, "field.officer", "intake.not_an_officer",
                                    (("name", name),)))  # fmt: skip
    return officer_id


def _locations(
    session: Session, lines: list[IntakeLineDraft], problems: list[LineProblem]
) -> dict[int, Location]:
    wanted = {line.location_id for line in lines if line.location_id is not None}
    found = {
        loc.id: loc
        for loc in session.scalars(select(Location).where(Location.id.in_(wanted)))
        if loc.active
    }
    warehouses = {
        w.id: w
        for w in session.scalars(
            select(Warehouse).where(Warehouse.id.in_({loc.warehouse_id for loc in found.values()}))
        )
    }
    for number, line in enumerate(lines, start=1):
        if line.location_id is not None and line.location_id not in found:
            problems.append(
                _not_found(number, "field.location", "noun.location", line.location_id, line)
            )
        elif line.location_id is not None and line.item.category in MONEY_CATEGORIES:
            warehouse = warehouses[found[line.location_id].warehouse_id]
            if warehouse.custodian_kind is not CustodianKind.TREASURY:  # Decree 152 Art 37.1
                params = (("code", line.item.name), ("category", line.item.category),
                          ("warehouse", warehouse.name))  # fmt: skip
                problems.append(LineProblem(number, "field.location", "custody.money_off_shelf",
                                            params, line.item.name[:60]))  # fmt: skip
    return found


def _not_found(
    line: int | None, field: str, what: str, ref: object, draft: IntakeLineDraft | None = None
) -> LineProblem:
    name = draft.item.name[:60] if draft else ""
    return LineProblem(line, field, NotFoundError.key, (("what", what), ("ref", ref)), name)


def _record(session: Session, actor: Actor, plan: _Plan, unit_id: int) -> IntakeResult:
    now = utcnow()
    header = plan.header
    case = plan.case or _new_case(session, header, unit_id)
    intake = Intake(
        case_id=case.id,
        delivering_body=header.delivering_body,
        representative=header.representative,
        representative_position=header.representative_position,
        seizure_record_number=header.seizure_record_number,
        seizure_record_date=header.seizure_record_date,
        received_at=now,
        keeper_id=actor.user_id,
        officer_id=header.officer_id,
        note=header.note,
    )
    session.add(intake)
    codes = new_codes(session, [line.item.kind for line in plan.lines], now.year)
    items = [
        new_item(session, replace(line.item, case_id=case.id), case, now, code)
        for line, code in zip(plan.lines, codes, strict=True)
    ]
    session.flush()
    session.add_all(
        IntakeLine(
            intake_id=intake.id,
            line_no=number,
            item_id=item.id,
            recorded_quantity=line.recorded_quantity,
            recorded_condition=line.recorded_condition,
            seal_check=line.seal_check,
            matches_record=not changed(line),
            discrepancy=line.discrepancy,
            conclusion=line.conclusion,
            **_statements(line),
        )
        for number, (line, item) in enumerate(zip(plan.lines, items, strict=True), start=1)
    )
    session.add_all(  # the notes as counted at the handover (Decree 152 Art 44.2)
        MoneyCount(
            item_id=item.id, country=line.country, denomination=n.denomination, count=n.count
        )
        for line, item in zip(plan.lines, items, strict=True)
        for n in line.note_counts
    )
    papers = PaperWriter(session, actor, IntakePapers(intake, case, items, plan.lines, now))
    minutes_id = papers.minutes()
    for line, item in zip(plan.lines, items, strict=True):
        record_receipt(
            session,
            actor,
            item,
            counterpart=header.delivering_body,
            at=now,
            document_id=minutes_id,
        )
        if line.location_id is not None:
            put_away_item(session, actor, item, plan.locations[line.location_id], minutes_id)
    session.flush()
    papers.the_rest()
    session.add_all(
        IntakeDocument(intake_id=intake.id, document_id=doc.id) for doc in papers.documents
    )
    session.flush()
    return IntakeResult(
        intake.id, case.id, now, tuple(item_view(i) for i in items), tuple(papers.documents)
    )


def _statements(line: IntakeLineDraft) -> dict[str, object]:
    """The line's written statements as columns (Decree 152/2026 Art 37.2.b–c)."""
    c, k, s, e = line.confirmation, line.contents, line.seal_conclusion, line.examination
    return {
        "confirmation_number": c.number,
        "confirmation_date": c.on,
        "confirmation_signer": c.signer,
        "confirmation_position": c.position,
        "contents_quantity": k.quantity,
        "contents_type": k.kind,
        "contents_quality": k.quality,
        "seal_conclusion_body": s.body,
        "seal_conclusion_number": s.number,
        "seal_conclusion_date": s.on,
        "examination_body": e.body,
        "examination_number": e.number,
        "examination_date": e.on,
    }


def _new_case(session: Session, header: IntakeDraft, unit_id: int | None = None) -> Case:
    draft = header.new_case
    assert draft is not None  # check_header refuses a draft without a case
    agency_id = session.scalar(select(Agency.id).order_by(Agency.id))
    if agency_id is None:
        raise NotFoundError(what="noun.agency", ref="—")
    if draft.decision_date is not None:
        # Received inside a closed statistics period it would change that period's report
        # (joint Circular 12/2021 Art 9), as CaseService.create refuses too.
        refuse_closed_statistics(session, draft.decision_date)
    case = Case(
        agency_id=agency_id,
        unit_id=unit_id if unit_id is not None else default_unit_id(session),
        **{f.name: getattr(draft, f.name) for f in fields(draft)},
    )
    session.add(case)
    session.flush()
    session.add_all(
        Party(
            case_id=case.id,
            role=p.role,
            full_name=p.full_name,
            id_number=p.id_number,
            address=p.address,
        )
        for p in header.parties
    )
    return case
