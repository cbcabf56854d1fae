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
