"""The reports area (Báo cáo): any registered report on screen, printed, exported."""

from ui.reports.view import ReportsView

__all__ = [
    "ReportsView",
]
