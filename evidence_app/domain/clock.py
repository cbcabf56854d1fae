"""The agency's clock: Vietnam time, whatever the workstation is set to.

Times are stored in UTC. Every day a screen, a paper, a report or a deadline speaks of is a day
in Vietnam (UTC+7 all year, no daylight saving), so a laptop left on another time zone shows the
same dates as the papers it prints.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

AGENCY_TZ = timezone(timedelta(hours=7), "ICT")


def agency_now() -> datetime:
    """This moment on the agency's clock (aware)."""
    return datetime.now(AGENCY_TZ)


def agency_today() -> date:
    """Today on the agency's calendar, the one due dates and deadlines are written in."""
    return agency_now().date()


def agency_time(moment: datetime) -> datetime:
    """An aware moment as the agency's wall clock shows it (a naive one is taken as UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(AGENCY_TZ)


def agency_date(moment: datetime) -> date:
    """The agency's calendar day of an instant."""
    return agency_time(moment).date()


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the agency, as a UTC instant."""
    return datetime.combine(day, time(), AGENCY_TZ).astimezone(UTC)


def wall_clock(day: date, hour: int, minute: int = 0) -> datetime:
    """``day`` at ``hour:minute`` on the agency's clock, as a UTC instant."""
    return datetime.combine(day, time(hour, minute), AGENCY_TZ).astimezone(UTC)
