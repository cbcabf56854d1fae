"""The release area (Xuất kho): requests, approval, issue by scanning, finish."""

from ui.releases.dialogs import SecondUserDialog
from ui.releases.view import ReleaseView

__all__ = [
    "ReleaseView",
    "SecondUserDialog",
]
