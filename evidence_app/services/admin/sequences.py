"""Document number sequences as administrators see and set them (the counters: core.numbering).

Each unit numbers its own papers (issue 21; Decree 30/2020 Appendix I: the number belongs to
the issuing body): the provincial agency its ``doc:<kind>``, a regional office its
``doc:<kind>:<code>`` (services.documents.unit_papers). A unit's sequences are seen by who
holds a role in that unit and set by who may manage settings there: the provincial
administrator (and head) every unit's, an office's administrator his office's alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Document, NumberSequence, Unit
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import NotFoundError, OtherUnitError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.numbering import next_number
from evidence_app.services.core.scope import check_unit, provincial_unit_id
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import sequence_name


@dataclass(frozen=True)
class SequenceView:
    """One document kind's numbers in a year: the highest used and the next to be given."""

    kind: DocumentKind
    year: int
    used: int
    next_number: int


@dataclass(frozen=True)
class SequenceUnit:
    """A unit whose sequences an administrator may set."""

    id: int
    code: str
    name: str
    provincial: bool


MIN_YEAR, MAX_YEAR = 2000, 2200
MAX_NUMBER = 999_999_999


class SequenceService:
    """Document number sequences as administrators see and set them (never lower than used)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def units(self, actor: Actor) -> list[SequenceUnit]:
        """The units whose sequences ``actor`` sets, the provincial agency first: every unit
        for the provincial administrator, his own for an office's (none made yet: empty)."""
        with unit_of_work(self.db, "noun.sequence", read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            units = session.scalars(
                select(Unit)
                .where(Unit.active.is_(True))
                .order_by(Unit.provincial.desc(), Unit.code)
            ).all()
            return [
                SequenceUnit(u.id, u.code, u.name, bool(u.provincial))
                for u in units
                if _may(session, actor, Permission.MANAGE_SETTINGS, u.id)
            ]

    def document_sequences(
        self, actor: Actor, year: int, unit_id: int | None = None
    ) -> list[SequenceView]:
        """Each kind's numbers in ``year`` for ``unit_id`` (None: the provincial agency)."""
        year = _year(year)
        with unit_of_work(self.db, "noun.sequence", str(year), read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            unit = _unit(session, actor, Permission.VIEW, unit_id)
            return [_sequence(session, kind, year, unit) for kind in DocumentKind]

    def set_next(
        self,
        actor: Actor,
        kind: DocumentKind | str,
        year: int,
        next_value: int | str,
        unit_id: int | None = None,
    ) -> SequenceView:
        """The next document of ``kind`` in ``year`` of ``unit_id`` (None: the provincial
        agency) gets ``next_value``; refused at or below a number already given."""
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
            unit = _unit(session, actor, Permission.MANAGE_SETTINGS, unit_id)
            name = sequence_name(kind, unit)
            # Take the row's lock first (as issuing a document does), then read what is used.
            next_number(session, name, year, 0)
            current = _sequence(session, kind, year, unit)
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
                .where(NumberSequence.name == name, NumberSequence.year == year)
                .values(last_value=wanted - 1)
            )
            return _sequence(session, kind, year, unit)


def _may(session: Session, actor: Actor, permission: Permission, unit_id: int) -> bool:
    try:
        check_unit(session, actor, permission, unit_id)
    except OtherUnitError:
        return False
    return True


def _unit(
    session: Session, actor: Actor, permission: Permission, unit_id: int | None
) -> Unit | None:
    """The unit ``unit_id`` (None: the provincial one), once ``actor`` may act there; None
    when no unit was made yet (the agency alone)."""
    if unit_id is None:
        unit_id = provincial_unit_id(session)
        if unit_id is None:
            return None
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(what="noun.unit", ref=unit_id)
    check_unit(session, actor, permission, unit.id)
    return unit


def _year(year: int | str) -> int:
    raw = str(year).strip()
    if not re.fullmatch(r"[0-9]{4}", raw) or not MIN_YEAR <= int(raw) <= MAX_YEAR:
        raise ValidationError("validation.value", field="field.year", value=raw[:40])
    return int(raw)


def _sequence(session: Session, kind: DocumentKind, year: int, unit: Unit | None) -> SequenceView:
    name = sequence_name(kind, unit)
    last = session.scalar(
        select(NumberSequence.last_value).where(
            NumberSequence.name == name, NumberSequence.year == year
        )
    )
    # The provincial agency's papers carry no unit; an office's carry its id (issue 21).
    office = unit is not None and not unit.provincial
    mine = Document.unit_id == unit.id if office and unit else Document.unit_id.is_(None)
    printed = session.scalar(
        select(func.max(Document.seq_no)).where(
            Document.kind == str(kind), Document.year == year, mine
        )
    )
    used = max(int(last or 0), int(printed or 0))
    return SequenceView(kind, year, used, max(int(last or 0), used) + 1)
