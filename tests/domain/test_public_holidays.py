"""The public holidays are computed for each year (Labour Code 2019 Art 112.1, Resolution
28/2026/QH16 Art 2) and checked here against the published dates; periods in days end on the
next working day when their last day is a day off (Civil Code 2015 Art 148.5); notices
"at least n days before" leave n whole days between (Art 147.1)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.calendar import (
    WorkCalendar,
    is_working_day,
    latest_notice_before,
    latest_notice_working_days_before,
    period_end,
    public_holidays,
)


@pytest.mark.parametrize(
    ("year", "tet", "days"),
    [
        # Tết Bính Ngọ: Tuesday 17/02/2026; civil servants off 16–20/02 (the eve and the
        # first four days, with the weekends around them).
        (2026, date(2026, 2, 17), [date(2026, 2, d) for d in (16, 17, 18, 19, 20)]),
        # Tết Đinh Mùi: Saturday 06/02/2027.
        (2027, date(2027, 2, 6), [date(2027, 2, d) for d in (5, 6, 7, 8, 9)]),
    ],
)
def test_tet_is_five_days_around_the_lunar_new_year(year: int, tet: date, days: list[date]) -> None:
    found = [d for d, name in public_holidays(year).items() if "Tết Nguyên Đán" in name]
    assert found == days and tet in found
    assert public_holidays(year)[tet] == "Tết Nguyên Đán"


def test_the_fixed_and_lunar_holidays_of_2026() -> None:
    """11 days of Art 112.1 and 24/11 (from 2026): 1/1, five of Tết, Giỗ Tổ on 10/3 lunar
    (Sunday 26/04/2026), 30/4, 1/5, 2/9 with the day before it, 24/11."""
    days = public_holidays(2026)
    assert len(days) == 12
    assert date(2026, 1, 1) in days and date(2026, 4, 26) in days
    assert days[date(2026, 4, 26)] == "Ngày Giỗ Tổ Hùng Vương"
    assert {date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 1), date(2026, 9, 2)} <= set(days)
    assert days[date(2026, 11, 24)] == "Ngày Văn hóa Việt Nam"
    # The Government's swaps are the agency's to enter (the library knows 31/08/2026 but
    # not the Saturday 22/08 worked for it), and so is any day off in lieu (27/04/2026).
    assert date(2026, 8, 31) not in days and date(2026, 4, 27) not in days


def test_culture_day_starts_in_2026_and_giỗ_tổ_follows_the_moon() -> None:
    assert date(2025, 11, 24) not in public_holidays(2025)
    assert len(public_holidays(2025)) == 11
    assert public_holidays(2027)[date(2027, 4, 16)] == "Ngày Giỗ Tổ Hùng Vương"
    assert date(2027, 9, 2) in public_holidays(2027) and date(2027, 11, 24) in public_holidays(2027)


def test_the_agency_calendar_adds_days_off_and_working_saturdays() -> None:
    swap_off, swap_worked = date(2026, 8, 31), date(2026, 8, 22)
    calendar = WorkCalendar({swap_off}, {swap_worked})
    assert not is_working_day(swap_off, calendar) and is_working_day(swap_worked, calendar)
    assert not is_working_day(date(2026, 11, 24), calendar)  # computed, not entered
    assert not is_working_day(date(2026, 8, 29), calendar)  # an ordinary Saturday
    assert is_working_day(date(2026, 11, 24), WorkCalendar((), {date(2026, 11, 24)}))
    assert list(calendar) == [swap_off] and len(calendar) == 1
    assert date(2026, 2, 17) in calendar and swap_worked not in calendar


CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (date(2026, 12, 2), 30, date(2027, 1, 4)),  # day 30 Fri 01/01 (holiday) → Mon 04/01
        (date(2026, 12, 3), 30, date(2027, 1, 4)),  # day 30 Saturday 02/01 → Monday 04/01
        (date(2026, 12, 4), 30, date(2027, 1, 4)),  # day 30 Sunday 03/01 → Monday 04/01
        (date(2026, 12, 5), 30, date(2027, 1, 4)),  # day 30 a Monday: no change
        (date(2026, 12, 6), 30, date(2027, 1, 5)),
        (date(2027, 1, 9), 30, date(2027, 2, 10)),  # day 30 Mon 08/02, Tết → Wed 10/02
        (date(2027, 3, 31), 30, date(2027, 5, 3)),  # 30/4 then 1/5 and a weekend → Mon 03/05
        (date(2026, 10, 25), 30, date(2026, 11, 25)),  # 24/11 (Culture Day) → 25/11
        (date(2026, 10, 24), 30, date(2026, 11, 23)),  # a holiday after the end: no change
    ],
)
def test_a_period_ending_on_a_day_off_ends_the_next_working_day(
    start: date, days: int, end: date
) -> None:
    assert period_end(start, days, CAL) == end


def test_a_holiday_inside_a_period_does_not_lengthen_it() -> None:
    """31/12/2026 + 30 days: 01/01/2027 inside, the end Saturday 30/01 → Monday 01/02."""
    assert period_end(date(2026, 12, 31), 30, CAL) == date(2027, 2, 1)
    assert period_end(date(2026, 12, 25), 10, CAL) == date(2027, 1, 4)  # 04/01 itself


def test_an_agency_working_saturday_ends_a_period_on_that_saturday() -> None:
    worked = WorkCalendar((), {date(2027, 1, 2)})
    assert period_end(date(2026, 12, 3), 30, worked) == date(2027, 1, 2)


def test_notices_leave_whole_days_between_them_and_the_event() -> None:
    auction = date(2026, 11, 30)  # Monday; 24/11 a holiday
    assert latest_notice_before(auction, 15) == date(2026, 11, 14)
    assert latest_notice_working_days_before(auction, 7, CAL) == date(2026, 11, 17)
    assert latest_notice_working_days_before(auction, 7) == date(2026, 11, 18)  # no holidays
