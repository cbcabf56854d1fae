"""Reports: every registered report built, exported to PDF or XLSX (the builders are in
``evidence_app.reports``).

Modules: ``service`` (``ReportService``).
"""

from evidence_app.services.reports.service import ReportService

__all__ = [
    "ReportService",
]
