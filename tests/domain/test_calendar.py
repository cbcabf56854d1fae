"""Working days skip Saturdays, Sundays and configured holidays, counted from the day after."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.calendar import add_working_days, is_working_day, working_days_between

FRI, SAT, SUN, MON = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 6), date(2026, 12, 7)


def test_weekends_are_not_working_days() -> None:
    assert is_working_day(FRI) and is_working_day(MON)
    assert not is_working_day(SAT) and not is_working_day(SUN)


def test_a_holiday_is_not_a_working_day() -> None:
    assert not is_working_day(MON, {MON})


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 12, 2), 3, date(2026, 12, 7)),  # Wed + 3 → Mon (weekend inside)
        (FRI, 3, date(2026, 12, 9)),  # Fri + 3 → Wed
        (SAT, 1, MON),  # a weekend start counts from Monday
        (FRI, 0, FRI),
        (date(2026, 12, 16), -7, MON),  # 7 working days before Wed 16/12
    ],
)
def test_add_working_days_counts_from_the_day_after(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_a_holiday_inside_the_period_pushes_the_end_one_working_day() -> None:
    holiday = date(2026, 12, 8)
    assert add_working_days(FRI, 3, {holiday}) == date(2026, 12, 10)
    assert add_working_days(date(2026, 12, 16), -7, {date(2026, 12, 10)}) == FRI
    assert add_working_days(FRI, 3, {date(2026, 12, 20)}) == date(2026, 12, 9)  # outside


def test_working_days_between_counts_the_end_not_the_start() -> None:
    assert working_days_between(FRI, date(2026, 12, 9)) == 3
    assert working_days_between(FRI, FRI) == 0
    assert working_days_between(FRI, date(2026, 12, 9), {MON}) == 2


def test_months_and_years_later_keep_the_day_or_take_the_months_last() -> None:
    from evidence_app.domain.calendar import add_months, add_years

    assert add_months(date(2026, 11, 10), 3) == date(2027, 2, 10)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert add_years(date(2026, 10, 1), 5) == date(2031, 10, 1)
