"""What a report is asked for: a period, a warehouse, a working year, a day, a language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

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

    def t(self, vi: str, en: str) -> str:
        """The text in the report's language."""
        return en if self.lang == "en" else vi

    def day(self) -> date:
        return self.today or datetime.now().astimezone().date()

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
        return replace(self, today=self.day())


def next_day(day: date) -> date:
    return day + timedelta(days=1)
