"""The enforcement working year (1 October – 30 September) and completion rates."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from evidence_app.domain.display import PERCENT_PLACES, Percent


def working_year_of(day: date) -> int:
    """The working year ``day`` falls in, named by the year it ends: 1/10/2025 → 2026."""
    return day.year + 1 if day.month >= 10 else day.year


def working_year_bounds(year: int) -> tuple[date, date]:
    """First and last day of working year ``year``: 1/10/(year − 1) – 30/9/year."""
    return date(year - 1, 10, 1), date(year, 9, 30)


def completion_rate(completed: int, enforceable: int) -> Percent | None:
    """Completed ÷ enforceable in percent, ``display.PERCENT_PLACES`` (two) decimals, half up;
    None when nothing is due. A ``Percent``: every renderer shows it with its two decimals."""
    if enforceable <= 0:
        return None
    rate = Decimal(completed) * 100 / Decimal(enforceable)
    step = Decimal(1).scaleb(-PERCENT_PLACES)
    return Percent(rate.quantize(step, rounding=ROUND_HALF_UP))


#: The statistics periods of a working year, in months from 1 October (joint Circular
#: 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 6): 3 → 31/12, 6 → 31/3, 10 → 31/7, 12 → 30/9.
PERIOD_MONTHS = (3, 6, 10, 12)
_PERIOD_END = {3: (0, 12, 31), 6: (1, 3, 31), 10: (1, 7, 31), 12: (1, 9, 30)}


def statistics_period(year: int, months: int) -> tuple[date, date]:
    """The 3-, 6-, 10- or 12-month period of working year ``year``."""
    offset, month, day = _PERIOD_END[months]
    return date(year - 1, 10, 1), date(year - 1 + offset, month, day)


def period_months(start: date, end: date) -> int | None:
    """Which statistics period [start, end] is, if it is one."""
    year = working_year_of(start)
    for months in PERIOD_MONTHS:
        if statistics_period(year, months) == (start, end):
            return months
    return None
