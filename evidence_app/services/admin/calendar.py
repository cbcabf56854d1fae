"""The agency's holidays, which working-day periods (notices, postings) skip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Holiday
from evidence_app.domain.enums import AdminEventKind
from evidence_app.domain.errors import DuplicateError, NotFoundError, StaleEditError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.admin_log import record_admin
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work


@dataclass(frozen=True, slots=True)
class HolidayView:
    id: int
    day: date
    name: str
    active: bool


def holidays(session: Session) -> frozenset[date]:
    """The active holidays, for ``evidence_app.domain.calendar``."""
    return frozenset(session.scalars(select(Holiday.day).where(Holiday.active.is_(True))))


def _view(h: Holiday) -> HolidayView:
    return HolidayView(h.id, h.day, h.name, h.active)


class CalendarService:
    """List, add and deactivate holidays; changing them needs MANAGE_SETTINGS."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, actor: Actor, year: int | None = None, *, all_: bool = False
             ) -> list[HolidayView]:  # fmt: skip
        """Holidays in date order (of one year; deactivated ones too with ``all_``)."""
        with unit_of_work(self.db, "noun.holiday", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(Holiday).order_by(Holiday.day)
            if year is not None:
                query = query.where(Holiday.day.between(date(year, 1, 1), date(year, 12, 31)))
            if not all_:
                query = query.where(Holiday.active.is_(True))
            return [_view(h) for h in session.scalars(query)]

    def add(self, actor: Actor, day: date, name: str) -> HolidayView:
        """A new holiday; a deactivated one on the same day comes back under the new name."""
        name = v.text_field(name, "field.holiday_name", limit=200, required=True)
        with unit_of_work(self.db, "noun.holiday", str(day)) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            found = session.scalars(select(Holiday).where(Holiday.day == day)).first()
            if found is not None and found.active:
                raise DuplicateError(what="noun.holiday", ref=f"{day:%d/%m/%Y}")
            if found is None:
                found = Holiday(day=day, name=name, active=True)
                session.add(found)
            else:
                found.name, found.active = name, True
            session.flush()
            record_admin(session, AdminEventKind.HOLIDAY_ADDED, actor_id=actor.user_id,
                         subject=day.isoformat(), data={"name": name})  # fmt: skip
            return _view(found)

    def deactivate(self, actor: Actor, holiday_id: int) -> HolidayView:
        """The day counts as a working day again; the row stays."""
        with unit_of_work(self.db, "noun.holiday", str(holiday_id)) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            found = session.get(Holiday, holiday_id)
            if found is None:
                raise NotFoundError(what="noun.holiday", ref=holiday_id)
            if not found.active:
                raise StaleEditError(what="noun.holiday", ref=holiday_id, current=0, expected=1)
            found.active = False
            session.flush()
            record_admin(session, AdminEventKind.HOLIDAY_REMOVED, actor_id=actor.user_id,
                         subject=found.day.isoformat(), data={"name": found.name})  # fmt: skip
            return _view(found)
