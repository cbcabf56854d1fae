"""The agency's calendar: the public holidays are computed (``domain.calendar``); the agency
adds the Government's days off in lieu and the weekend days swapped for them (working days),
which working-day periods (notices, postings) and the ends of periods follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Holiday
from evidence_app.domain.calendar import WorkCalendar
from evidence_app.domain.enums import AdminEventKind
from evidence_app.domain.errors import (
    DuplicateError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.admin_log import record_admin
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work

_SATURDAY = 5


@dataclass(frozen=True, slots=True)
class HolidayView:
    id: int
    day: date
    name: str
    active: bool
    #: A weekend day worked (swapped for a day off in lieu), not a day off.
    working: bool = False


def holidays(session: Session) -> WorkCalendar:
    """The computed public holidays with the agency's active days off and working days,
    for ``evidence_app.domain.calendar``."""
    rows = session.execute(select(Holiday.day, Holiday.working).where(Holiday.active.is_(True)))
    off: set[date] = set()
    working: set[date] = set()
    for day, is_working in rows:
        (working if is_working else off).add(day)
    return WorkCalendar(off, working)


def _view(h: Holiday) -> HolidayView:
    return HolidayView(h.id, h.day, h.name, h.active, h.working)


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

    def add(self, actor: Actor, day: date, name: str, *, working: bool = False) -> HolidayView:
        """A day off the agency adds (a day off in lieu) or, with ``working``, a Saturday or
        Sunday worked in exchange for one (Labour Code 2019 Art 112.3: the Prime Minister
        decides them each year); a deactivated row on the same day comes back as given."""
        name = v.text_field(name, "field.holiday_name", limit=200, required=True)
        if working and day.weekday() < _SATURDAY:
            raise ValidationError("calendar.working_day_not_weekend", day=f"{day:%d/%m/%Y}")
        with unit_of_work(self.db, "noun.holiday", str(day)) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            found = session.scalars(select(Holiday).where(Holiday.day == day)).first()
            if found is not None and found.active:
                raise DuplicateError(what="noun.holiday", ref=f"{day:%d/%m/%Y}")
            if found is None:
                found = Holiday(day=day, name=name, active=True, working=working)
                session.add(found)
            else:
                found.name, found.active, found.working = name, True, working
            session.flush()
            data: dict[str, object] = {"name": name}
            if working:
                data["working"] = True
            record_admin(session, AdminEventKind.HOLIDAY_ADDED, actor_id=actor.user_id,
                         subject=day.isoformat(), data=data)  # fmt: skip
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
