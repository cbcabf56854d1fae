"""The papers a handover issues: handover minutes, entry order, entry slip, stock card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import Case, Intake, Item
from evidence_app.services.auth import Actor
from evidence_app.services.intake_checks import IntakeLineDraft


@dataclass(frozen=True)
class DocumentRef:
    """A document the handover issued: enough to list it and open its PDF."""

    id: int
    kind: str
    number: str
    title: str


@dataclass(frozen=True)
class IntakePapers:
    """Everything the papers state, gathered once inside the handover's transaction."""

    intake: Intake
    case: Case
    items: Sequence[Item]
    lines: Sequence[IntakeLineDraft]
    at: datetime


@dataclass(frozen=True)
class IssuedPapers:
    documents: tuple[DocumentRef, ...]
    #: The handover minutes, which every custody event of the handover cites.
    minutes_id: int | None


def issue_papers(session: Session, actor: Actor, papers: IntakePapers) -> IssuedPapers:
    """Issue the handover's documents in the caller's transaction."""
    return IssuedPapers((), None)
