"""The home screen (Tổng quan): counts, charts, what is due today."""

from ui.dashboard.view import DashboardView

__all__ = [
    "DashboardView",
]
