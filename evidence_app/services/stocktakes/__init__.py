"""Stocktakes: scope, scans stored as made, reconciliation, findings, minutes and follow-up.

Modules: ``service`` (``StocktakeService``), ``scope``, ``views``, ``papers``.
"""

from evidence_app.services.stocktakes.scope import expected_condition
from evidence_app.services.stocktakes.service import StocktakeService, reconciled
from evidence_app.services.stocktakes.views import FindingView, LiveCounts, Signers, StocktakeView

__all__ = [
    "FindingView",
    "LiveCounts",
    "Signers",
    "StocktakeService",
    "StocktakeView",
    "expected_condition",
    "reconciled",
]
