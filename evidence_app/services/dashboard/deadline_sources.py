"""Deadline sources of intake, temporary releases, release requests and stocktakes.

Imported once by the services facade, which appends them to ``deadlines.SOURCES``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Intake,
    IntakeLine,
    Item,
    ReleaseRequest,
    Stocktake,
    TemporaryRelease,
    Warehouse,
)
from evidence_app.domain import rules
from evidence_app.domain.calendar import add_months
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import (
    ItemStatus,
    ReleaseRequestStatus,
    SealState,
    StocktakeStatus,
)
from evidence_app.domain.states import STORED_STATES
from evidence_app.domain.stocktake import (
    KEEPING_CHECK_CUSTODIANS,
    WHOLE_WAREHOUSE_KINDS,
    Cycle,
    cycles_met,
)
from evidence_app.services.core.deadlines import SOURCES, Deadline
from evidence_app.services.stocktakes import check_due_from, first_handovers

_D152 = "Nghị định 152/2026/NĐ-CP"


def _local(moment: datetime) -> date:
    return agency_date(moment)


def temporary_releases(session: Session, today: date, until: date) -> list[Deadline]:
    """Items out for proceedings, due back by the date of their written request (read as
    columns: thousands may be out at once)."""
    r = TemporaryRelease
    rows = session.execute(
        select(r.due_on, Item.code, r.request_reference, r.id, Item.case_id, r.responsible_user_id)
        .join(Item, Item.id == r.item_id)
        .where(r.returned_at.is_(None), r.due_on <= until)
    )
    return [
        Deadline("deadline.temporary_release_due", due, code, reference, "checkouts", ref_id,
                 case_id, responsible)
        for due, code, reference, ref_id, case_id, responsible in rows
    ]  # fmt: skip


RELEASE_SUBJECT = "deadline.subject_release"


def release_requests(session: Session, today: date, until: date) -> list[Deadline]:
    """Approved releases at the hour the head fixed (Art 37.3). (Confiscated money: see
    ``disposition_deadlines``, from its receipt or the QĐ THA, Art 39.4.)"""
    found: list[Deadline] = []
    approved = session.scalars(
        select(ReleaseRequest).where(ReleaseRequest.status == ReleaseRequestStatus.APPROVED)
    )
    for r in approved:
        subject = ""  # named in the reader's language: deadline.subject_release
        if r.release_at is not None and _local(r.release_at) <= until:
            found.append(
                Deadline("deadline.release_at", _local(r.release_at), subject,
                         f"{_D152}, Điều 37.3", "releases", r.id, r.case_id, r.requested_by,
                         RELEASE_SUBJECT)
            )  # fmt: skip
    return found


def intake_conclusions(session: Session, today: date, until: date) -> list[Deadline]:
    """Items received with a torn or suspicious seal, or unlike the seizure record, still
    waiting for the competent body's conclusion (Art 37.2.b–c): due since intake."""
    rows = session.execute(
        select(Item.id, Item.code, Item.case_id, Intake.received_at, Intake.officer_id)
        .join(IntakeLine, IntakeLine.item_id == Item.id)
        .join(Intake, Intake.id == IntakeLine.intake_id)
        .where(
            Item.status == ItemStatus.RECEIVED,
            IntakeLine.conclusion == "",
            (IntakeLine.seal_check.in_([SealState.TORN, SealState.SUSPICIOUS]))
            | IntakeLine.matches_record.is_(False),
        )
    )
    return [
        Deadline("deadline.intake_conclusion", _local(at), code, f"{_D152}, Điều 37.2",
                 "intake", item_id, case_id, officer)
        for item_id, code, case_id, at, officer in rows
        if _local(at) <= until
    ]  # fmt: skip


def stocktakes_due(session: Session, today: date, until: date) -> list[Deadline]:
    """Each active warehouse is counted whole every 6 months and every year (Decree 152/2026
    Art 38.1.e, 38.2.c), each on its own clock; what the owner, a third party or the commune
    keeps for the agency is also checked every month while it holds items, a month after the
    handover or the last check (Circular 01/2017/TT-BTP Art 12.2; Law 106/2025 Art 40.1).
    Samples, ad hoc counts and counts of one location never reset a clock (``cycles_met``)."""
    last: dict[tuple[int, Cycle], datetime] = {}
    for warehouse_id, kind, at in session.execute(
        select(Stocktake.warehouse_id, Stocktake.kind, func.max(Stocktake.finished_at))
        .where(
            Stocktake.status == StocktakeStatus.FINISHED,
            Stocktake.location_id.is_(None),
            Stocktake.kind.in_(WHOLE_WAREHOUSE_KINDS),
        )
        .group_by(Stocktake.warehouse_id, Stocktake.kind)
    ):
        for cycle in cycles_met(kind, whole_warehouse=True):
            key = (warehouse_id, cycle)
            last[key] = max(at, last.get(key, at))
    found = []
    active = list(session.scalars(select(Warehouse).where(Warehouse.active.is_(True))))
    keeping = [w for w in active if _entrusted_and_holding(session, w)]
    handed_over = first_handovers(session, [w.id for w in keeping])
    for w in active:
        for cycle, rule, kind in _CLOCKS:
            if cycle is Cycle.KEEPING_CHECK:
                if w not in keeping:
                    continue
                # A month after the first handover of what it holds or the last check.
                due = check_due_from(w, handed_over.get(w.id), last.get((w.id, cycle)))
            else:
                due = add_months(_local(last.get((w.id, cycle)) or w.created_at), rules.value(rule))
            if due <= until:
                article = rules.rule(rule).article
                found.append(Deadline(kind, due, w.name, article, "stocktakes", w.id))
    return found


_CLOCKS = (
    (Cycle.HALF_YEAR, "stocktake.period_months", "deadline.stocktake"),
    (Cycle.YEAR, "stocktake.yearly_months", "deadline.stocktake_yearly"),
    (Cycle.KEEPING_CHECK, "keeping_check.period_months", "deadline.keeping_check"),
)


def _entrusted_and_holding(session: Session, w: Warehouse) -> bool:
    """A keeping place (owner, third party, commune) holding at least one item in store."""
    if w.custodian_kind not in KEEPING_CHECK_CUSTODIANS:
        return False
    held = select(Item.id).where(Item.warehouse_id == w.id, Item.status.in_(STORED_STATES))
    return session.scalar(held.limit(1)) is not None


def register() -> None:
    for source in (intake_conclusions, temporary_releases, release_requests, stocktakes_due):
        if source not in SOURCES:
            SOURCES.append(source)


register()
