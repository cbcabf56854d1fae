"""The enforcement working year (1 October – 30 September) and completion rates."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal


def working_year_of(day: date) -> int:
    """The working year ``day`` falls in, named by the year it ends: 1/10/2025 → 2026."""
    return day.year + 1 if day.month >= 10 else day.year


def working_year_bounds(year: int) -> tuple[date, date]:
    """First and last day of working year ``year``: 1/10/(year − 1) – 30/9/year."""
    return date(year - 1, 10, 1), date(year, 9, 30)


def completion_rate(completed: int, enforceable: int) -> Decimal | None:
    """Completed ÷ enforceable in percent, two decimals (half up); None when nothing is due."""
    if enforceable <= 0:
        return None
    rate = Decimal(completed) * 100 / Decimal(enforceable)
    return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
