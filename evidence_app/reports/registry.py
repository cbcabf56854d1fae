"""Every report by name: its titles, the parameters it takes and its builder.

The command line, the UI (through ``services.reports``) and the benchmark read this one
table; another workflow adds its report with ``register``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from evidence_app.domain.errors import ValidationError
from evidence_app.reports import (
    ageing,
    auction_ledger,
    deadlines_report,
    enforcement,
    ledger,
    not_enforceable,
    overdue_releases,
    stock,
)
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable

Builder = Callable[[Session, ReportParams], ReportTable]


class Param(StrEnum):
    """What a report may be asked for (the UI shows a field, the CLI an option, for each)."""

    PERIOD = "period"  # --from, --to
    WAREHOUSE = "warehouse"  # --warehouse CODE
    YEAR = "year"  # --year (working year)
    DAY = "day"  # --date


@dataclass(frozen=True, slots=True)
class ReportSpec:
    name: str
    title_vi: str
    title_en: str
    params: tuple[Param, ...]
    build: Builder

    def title(self, lang: str = "vi") -> str:
        return self.title_en if lang == "en" else self.title_vi


REPORTS: dict[str, ReportSpec] = {}


def register(spec: ReportSpec) -> None:
    REPORTS[spec.name] = spec


def get(name: str) -> ReportSpec:
    """The report named ``name``; a clear error naming the known ones otherwise."""
    try:
        return REPORTS[name]
    except KeyError:
        raise ValidationError("report.unknown", name=name, names=sorted(REPORTS)) from None


def specs() -> list[ReportSpec]:
    return list(REPORTS.values())


P = Param
for _module, _params in (
    (ledger, (P.PERIOD, P.WAREHOUSE)),
    (stock, (P.WAREHOUSE,)),
    (ageing, (P.WAREHOUSE, P.DAY)),
    (overdue_releases, (P.WAREHOUSE, P.DAY)),
    (deadlines_report, (P.DAY,)),
    (enforcement, (P.PERIOD,)),
    (not_enforceable, (P.DAY,)),
    (auction_ledger, (P.PERIOD,)),
):
    register(ReportSpec(_module.NAME, _module.TITLE[0], _module.TITLE[1], _params, _module.build))
# The results form split into ex officio and on request (Law 106/2025 Art 33.2, 34).
register(
    ReportSpec(
        enforcement.NAME_BY_KIND,
        *enforcement.TITLE_BY_KIND,
        (P.PERIOD,),
        enforcement.build_by_kind,
    )
)
