"""Numbers, money, weights and dates as users of each language write them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime

from evidence_app.domain import display
from evidence_app.domain.clock import AGENCY_TZ, agency_now, agency_time, agency_today
from ui.strings import language, tr


def number(value: Decimal | int) -> str:
    """1.234.567,5 in Vietnamese, 1,234,567.5 in English; no trailing zeros
    (``domain.display.number``, as the papers and reports write them)."""
    return display.number(value, language())


def percent(value: Decimal | int | float | None) -> str:
    """76,10% in Vietnamese, 76.10% in English: the reports' precision."""
    return display.percent(value, language(), sign=True)


def money(amount: int) -> str:
    """ "1.234.567 đồng" or "1,234,567 VND"."""
    return tr("panel.vnd", amount=number(amount))


def weight(grams: Decimal) -> str:
    """Grams below a kilogram, kilograms from there on."""
    if grams < 1000:
        return tr("panel.grams", amount=number(grams))
    return tr("panel.kilograms", amount=number((grams / 1000).quantize(Decimal("0.001"))))


def local_datetime(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM on the agency's clock (Vietnam time, as the papers print it)."""
    return display.moment(agency_time(moment))


def local_date(moment: datetime) -> str:
    """dd/mm/yyyy: the agency's calendar day of a stored moment."""
    return display.day(agency_time(moment))


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def today_qdate() -> QDate:
    """Today as the agency's calendar has it, for date fields (not the workstation's)."""
    return qdate(agency_today())


def now_qdatetime(shift_s: int = 0) -> QDateTime:
    """The agency's wall clock now (plus ``shift_s`` seconds), for date-and-hour fields."""
    now = agency_now()
    wall = QDateTime(qdate(now.date()), QTime(now.hour, now.minute))
    return wall.addSecs(shift_s)


def wall_moment(edit_value: QDateTime) -> datetime:
    """A date and hour typed on the agency's wall clock, as an aware moment."""
    moment = edit_value.toPython()
    assert isinstance(moment, datetime)
    return moment.replace(tzinfo=AGENCY_TZ)


def day(value: date | None) -> str:
    return display.day(value)
