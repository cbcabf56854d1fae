"""Reports: every registered report built, exported to PDF or XLSX (the builders are in
``evidence_app.reports``).

Modules: ``service`` (``ReportService``), ``closing`` (``LedgerClosingService``: kết sổ of
the evidence and auction ledgers, each period frozen as closed).
"""

from evidence_app.services.reports.closing import (
    SIGNED_BY,
    ClosingSigners,
    LedgerClosingService,
    PeriodState,
)
from evidence_app.services.reports.service import ReportService

__all__ = [
    "SIGNED_BY",
    "ClosingSigners",
    "LedgerClosingService",
    "PeriodState",
    "ReportService",
]
