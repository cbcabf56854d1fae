"""Working-year boundaries and completion rates, against hand-computed values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from evidence_app.reports.working_year import (
    completion_rate,
    working_year_bounds,
    working_year_of,
)


def test_completion_rate_matches_the_provincial_report() -> None:
    assert completion_rate(11_714, 13_970) == Decimal("83.85")
    assert completion_rate(917, 1_692) == Decimal("54.20")
    assert completion_rate(1, 3) == Decimal("33.33")
    assert completion_rate(2, 3) == Decimal("66.67")  # half up
    assert completion_rate(0, 0) is None


def test_thirtieth_of_september_closes_the_year_and_first_of_october_opens_the_next() -> None:
    assert working_year_of(date(2026, 9, 30)) == 2026
    assert working_year_of(date(2026, 10, 1)) == 2027
    assert working_year_of(date(2026, 1, 1)) == 2026
    assert working_year_bounds(2026) == (date(2025, 10, 1), date(2026, 9, 30))
