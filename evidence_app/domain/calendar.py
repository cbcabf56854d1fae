"""Working days and periods: Monday to Friday, less the public holidays, which are computed
for each year, and the days off the agency adds; plus the Saturdays it declares working days.

A period of "n working days from day X" starts counting the day after X: a valuation
received on Friday has its 3-working-day notice due on Wednesday (Civil Code 2015 Art 147.1).
A period of n days ends at the end of its last day; when that day is a day off, on the next
working day (Civil Code 2015 Art 148.1, 148.5).

The public holidays are those of the Labour Code 2019 Art 112.1 — 1/1, Tết Nguyên đán
(5 days: the eve and the first four days of the lunar year), Giỗ Tổ Hùng Vương (10/3
lunar), 30/4, 1/5, 2/9 with the day before or after it — and Ngày Văn hóa Việt Nam 24/11
from 2026 (Resolution 28/2026/QH16 Art 2), as the ``holidays`` package computes them. The
Government's days off in lieu and the Saturdays swapped for them differ every year
(Art 112.3: the Prime Minister decides); the agency enters them (``services.admin.calendar``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays as holiday_library

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5
#: The library also lists a few past swapped days off; the agency enters those itself, with
#: the Saturday worked for them, so the computed calendar keeps the statutory days only.
_SWAPPED = "Ngày nghỉ (thay cho"


@lru_cache(maxsize=64)
def public_holidays(year: int) -> Mapping[date, str]:
    """The statutory public holidays of ``year`` and their Vietnamese names (Labour Code
    2019 Art 112.1; Resolution 28/2026/QH16 Art 2 from 2026); no days off in lieu."""
    found = holiday_library.country_holidays("VN", years=year, observed=False, language="vi")
    return MappingProxyType(
        {day: name for day, name in sorted(found.items()) if not name.startswith(_SWAPPED)}
    )


class WorkCalendar(Collection[date]):
    """The agency's calendar: ``day in calendar`` is true for a public holiday or a day off
    the agency added, unless the agency made it a working day. Iterating lists only the
    agency's own days off (the public holidays of a year are ``public_holidays(year)``)."""

    __slots__ = ("_added", "_working")

    def __init__(self, days_off: Collection[date] = (), working_days: Collection[date] = ()):
        self._added = frozenset(days_off)
        self._working = frozenset(working_days)

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date) or day in self._working:
            return False
        return day in self._added or day in public_holidays(day.year)

    def __iter__(self) -> Iterator[date]:
        return iter(sorted(self._added))

    def __len__(self) -> int:
        return len(self._added)

    def is_working_day(self, day: date) -> bool:
        """A weekday that is no holiday, or a day the agency declared a working day."""
        if day in self._working:
            return True
        return day.weekday() < _SATURDAY and day not in self


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
    """Neither Saturday, Sunday nor a holiday (with a ``WorkCalendar``: its working
    Saturdays are working days, its public holidays are not)."""
    if isinstance(holidays, WorkCalendar):
        return holidays.is_working_day(day)
    return day.weekday() < _SATURDAY and day not in holidays


def period_end(start: date, days: int, holidays: Collection[date] = ()) -> date:
    """The last day of a period of ``days`` days from the event of ``start`` — counted from
    the next day (Civil Code 2015 Art 147.1) — moved to the next working day when it is a
    weekend day or a holiday (Art 148.5)."""
    day = start + timedelta(days=days)
    while not is_working_day(day, holidays):
        day += _ONE_DAY
    return day


def latest_notice_before(event_on: date, days: int) -> date:
    """The last day a notice may be posted "at least ``days`` days before" ``event_on``: the
    ``days`` whole days lie between the two, neither counted (Civil Code 2015 Art 147.1,
    148.1)."""
    return event_on - timedelta(days=days + 1)


def latest_notice_working_days_before(
    event_on: date, days: int, holidays: Collection[date] = ()
) -> date:
    """The last day a notice may be posted "at least ``days`` working days before"
    ``event_on``: ``days`` whole working days lie between the two (Civil Code 2015 Art 147.1)."""
    return add_working_days(event_on, -days, holidays) - _ONE_DAY


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
