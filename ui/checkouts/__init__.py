"""The temporary-release area (Trích xuất): the request, items by scanning, returns, overdue."""

from ui.checkouts.view import TemporaryReleaseView

__all__ = [
    "TemporaryReleaseView",
]
