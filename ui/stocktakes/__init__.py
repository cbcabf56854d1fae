"""The stocktake area (Kiểm kê): scope, scanning, the four lists, minutes, follow-up."""

from ui.stocktakes.keeping import KeepingView
from ui.stocktakes.view import StocktakeView

__all__ = [
    "KeepingView",
    "StocktakeView",
]
