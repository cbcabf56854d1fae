"""Document number sequences as administrators see and set them (the counters: core.numbering)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Document, NumberSequence
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.numbering import next_number
from evidence_app.services.core.uow import unit_of_work


@dataclass(frozen=True)
class SequenceView:
    """One document kind's numbers in a year: the highest used and the next to be given."""

    kind: DocumentKind
    year: int
    used: int
    next_number: int


MIN_YEAR, MAX_YEAR = 2000, 2200
MAX_NUMBER = 999_999_999


class SequenceService:
    """Document number sequences as administrators see and set them (never lower than used)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def document_sequences(self, actor: Actor, year: int) -> list[SequenceView]:
        year = _year(year)
        with unit_of_work(self.db, "noun.sequence", str(year), read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return [_sequence(session, kind, year) for kind in DocumentKind]

    def set_next(
        self, actor: Actor, kind: DocumentKind | str, year: int, next_value: int | str
    ) -> SequenceView:
        """The next document of ``kind`` in ``year`` gets ``next_value``; refused at or below a
        number already given."""
        kind = v.member(DocumentKind, kind, "field.kind")
        year = _year(year)
        raw = str(next_value).strip()
        if not re.fullmatch(r"[0-9]{1,9}", raw):
            raise ValidationError("validation.value", field="field.next_number", value=raw[:40])
        wanted = int(raw)
        if wanted < 1 or wanted > MAX_NUMBER:
            raise ValidationError("validation.value", field="field.next_number", value=raw[:40])
        with unit_of_work(self.db, "noun.sequence", f"{kind}/{year}") as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            # Take the row's lock first (as issuing a document does), then read what is used.
            next_number(session, f"doc:{kind}", year, 0)
            current = _sequence(session, kind, year)
            if wanted <= current.used:
                raise ValidationError(
                    "sequence.too_low",
                    name=kind,
                    year=year,
                    minimum=current.used + 1,
                    used=current.used,
                )
            session.execute(
                update(NumberSequence)
                .where(NumberSequence.name == f"doc:{kind}", NumberSequence.year == year)
                .values(last_value=wanted - 1)
            )
            return _sequence(session, kind, year)


def _year(year: int | str) -> int:
    raw = str(year).strip()
    if not re.fullmatch(r"[0-9]{4}", raw) or not MIN_YEAR <= int(raw) <= MAX_YEAR:
        raise ValidationError("validation.value", field="field.year", value=raw[:40])
    return int(raw)


def _sequence(session: Session, kind: DocumentKind, year: int) -> SequenceView:
    last = session.scalar(
        select(NumberSequence.last_value).where(
            NumberSequence.name == f"doc:{kind}", NumberSequence.year == year
        )
    )
    printed = session.scalar(
        # The provincial agency's papers (a regional office numbers its own: issue 21).
        select(func.max(Document.seq_no)).where(
            Document.kind == str(kind), Document.year == year, Document.unit_id.is_(None)
        )
    )
    used = max(int(last or 0), int(printed or 0))
    return SequenceView(kind, year, used, max(int(last or 0), used) + 1)
