"""Working days: Monday to Friday, less the public holidays the agency configured.

A period of "n working days from day X" starts counting the day after X: a valuation
received on Friday has its 3-working-day notice due on Wednesday.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
    """Neither Saturday, Sunday nor a configured holiday."""
    return day.weekday() < _SATURDAY and day not in holidays


def add_working_days(start: date, n: int, holidays: Collection[date] = ()) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself when ``n`` is 0);
    a negative ``n`` counts backwards (the latest day that is ``-n`` working days before)."""
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    day, left = start, abs(n)
    while left:
        day += step
        if is_working_day(day, holidays):
            left -= 1
    return day


def working_days_between(start: date, end: date, holidays: Collection[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` ≤ ``start``)."""
    count, day = 0, start
    while day < end:
        day += _ONE_DAY
        if is_working_day(day, holidays):
            count += 1
    return count


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, the month's last day when it has no such day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes the 28th."""
    return add_months(day, 12 * years)
