"""What a report is asked for: a period, a warehouse, a working year, a day, a language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class ReportParams:
    date_from: date | None = None
    date_to: date | None = None
    warehouse_id: int | None = None
    #: Working year (1 October of the year before – 30 September), e.g. 2026.
    year: int | None = None
    #: The day the report is made for (deadlines, ageing, overdue); default today.
    today: date | None = None
    lang: str = "vi"
    #: The units whose warehouses and cases the report covers; None: the whole province.
    #: ReportService sets it from who asks (issue 21: a regional office sees its own).
    unit_ids: frozenset[int] | None = None
    #: The provincial unit's id (it holds the items with neither a place nor a case).
    provincial_unit_id: int | None = None

    def t(self, vi: str, en: str) -> str:
        """The text in the report's language."""
        return en if self.lang == "en" else vi

    def day(self) -> date:
        return self.today or agency_today()

    def period(self) -> tuple[date, date]:
        """The period asked for; by default the current month up to today."""
        end = self.date_to or self.day()
        start = self.date_from or end.replace(day=1)
        if start > end:
            raise ValidationError(
                "report.bad_period", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
            )
        return start, end

    def with_defaults(self) -> ReportParams:
        """The parameters checked, with today filled in; dates and years far outside any
        report (which would overflow the date arithmetic) are refused clearly."""
        for day in (self.date_from, self.date_to, self.today):
            if day is not None and not FIRST_DAY <= day <= LAST_DAY:
                raise ValidationError(
                    "report.date_out_of_range", day=f"{day.day:02}/{day.month:02}/{day.year:04}",
                    first=f"{FIRST_DAY:%d/%m/%Y}", last=f"{LAST_DAY:%d/%m/%Y}",
                )  # fmt: skip
        if self.year is not None and not FIRST_DAY.year < self.year <= LAST_DAY.year:
            raise ValidationError("report.year_out_of_range", year=self.year,
                                  first=FIRST_DAY.year + 1, last=LAST_DAY.year)  # fmt: skip
        return replace(self, today=self.day())


#: The dates a report may be asked for.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def next_day(day: date) -> date:
    return day + timedelta(days=1)
