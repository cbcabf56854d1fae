"""The destruction councils' legal deadline for the dashboard and reports: 20 days from the
set-up to destroy (Decree 152 Art 40.1, rules table ``destruction.deadline_days``)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DestructionCouncil
from evidence_app.domain import destruction as rules
from evidence_app.domain.enums import CouncilStatus
from evidence_app.domain.rules import rule, value
from evidence_app.services.core.deadlines import SOURCES, Deadline

KIND = "deadline.destruction_council"


def council_deadlines(session: Session, today: date, until: date) -> list[Deadline]:
    """Open councils whose 20 days end by ``until``, overdue ones included."""
    latest_set_up = until - timedelta(days=value("destruction.deadline_days"))
    rows = session.execute(
        select(DestructionCouncil.id, DestructionCouncil.decision_number,
               DestructionCouncil.decision_date, DestructionCouncil.created_by)
        .where(DestructionCouncil.status == CouncilStatus.OPEN)
        .where(DestructionCouncil.decision_date <= latest_set_up)
        .order_by(DestructionCouncil.decision_date)
    ).tuples()  # fmt: skip
    article = rule("destruction.deadline_days").article
    return [
        Deadline(
            KIND,
            rules.deadline(set_up),
            number,
            article,
            "destruction",
            council_id,
            responsible_user_id=created_by,
        )
        for council_id, number, set_up, created_by in rows
    ]


def register() -> None:
    """Add the source once (importing the service module calls this)."""
    if council_deadlines not in SOURCES:
        SOURCES.append(council_deadlines)
