"""The home screen: counts, charts, and what is due (the deadline sources it collects).

Modules: ``service`` (``DashboardService``), ``deadline_sources`` (intake, temporary release,
release request and stocktake deadlines, registered in ``core.deadlines`` on import),
``disposition_deadlines`` (confiscation handovers and returns to owners, Law Art 57 and 59).
"""

import evidence_app.services.dashboard.deadline_sources
import evidence_app.services.dashboard.disposition_deadlines  # noqa: F401  (Law Art 57, 59)
from evidence_app.services.dashboard.service import Dashboard, DashboardService

__all__ = [
    "Dashboard",
    "DashboardService",
]
