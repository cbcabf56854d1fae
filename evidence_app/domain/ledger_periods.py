"""The periods a ledger is closed for (kết sổ): each quarter, the first six months and the
whole working year (1 October – 30 September), Circular 04/2023/TT-BTP Art 30.4.c.

The six months and the year run from the working year's first day, as the statistics of the
same periods do: the half-year closing sums the first two quarters, the year's all four.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from evidence_app.domain.calendar import add_months


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class LedgerPeriod:
    """One closable period of working year ``year`` (named by the year it ends)."""

    start: date
    end: date
    kind: PeriodKind
    year: int
    #: The quarter's number in the working year (1–4); 1 for the half-year and the year.
    number: int

    def words(self, lang: str = "vi") -> str:
        """ "Quý I năm công tác 2027 (01/10/2026 – 31/12/2026)"."""
        span = f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"
        roman = ("I", "II", "III", "IV")[self.number - 1]
        if lang == "en":
            what = {PeriodKind.QUARTER: f"Quarter {roman} of", PeriodKind.HALF_YEAR:
                    "First six months of", PeriodKind.YEAR: "Whole"}[self.kind]  # fmt: skip
            return f"{what} working year {self.year} ({span})"
        what = {PeriodKind.QUARTER: f"Quý {roman}", PeriodKind.HALF_YEAR: "06 tháng đầu",
                PeriodKind.YEAR: "Cả"}[self.kind]  # fmt: skip
        return f"{what} năm công tác {self.year} ({span})"


def periods_of(year: int) -> tuple[LedgerPeriod, ...]:
    """Every closable period of working year ``year``, in the order they end (a quarter
    before the half-year or year ending the same day)."""
    first = date(year - 1, 10, 1)

    def end_after(months: int) -> date:
        return add_months(first, months) - timedelta(days=1)

    quarters = [
        LedgerPeriod(
            add_months(first, 3 * k), end_after(3 * (k + 1)), PeriodKind.QUARTER, year, k + 1
        )
        for k in range(4)
    ]
    half = LedgerPeriod(first, end_after(6), PeriodKind.HALF_YEAR, year, 1)
    whole = LedgerPeriod(first, end_after(12), PeriodKind.YEAR, year, 1)
    return (quarters[0], quarters[1], half, quarters[2], quarters[3], whole)


def period_of(year: int, kind: PeriodKind, number: int = 1) -> LedgerPeriod:
    """The period named; ValueError for a quarter outside 1–4."""
    for p in periods_of(year):
        if p.kind is kind and (kind is not PeriodKind.QUARTER or p.number == number):
            return p
    raise ValueError(f"no {kind} {number} in working year {year}")


def quarters_within(period: LedgerPeriod) -> tuple[LedgerPeriod, ...]:
    """The quarters a half-year or year closing sums (a quarter: none)."""
    if period.kind is PeriodKind.QUARTER:
        return ()
    return tuple(
        p
        for p in periods_of(period.year)
        if p.kind is PeriodKind.QUARTER and p.start >= period.start and p.end <= period.end
    )
