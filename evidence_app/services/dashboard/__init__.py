"""The home screen: counts, charts, and what is due (the deadline sources it collects).

Modules: ``service`` (``DashboardService``), ``deadline_sources`` (intake, temporary release,
release request and stocktake deadlines, registered in ``core.deadlines`` on import).
"""

import evidence_app.services.dashboard.deadline_sources  # noqa: F401  (registers its deadline sources)
from evidence_app.services.dashboard.service import Dashboard, DashboardService

__all__ = [
    "Dashboard",
    "DashboardService",
]
