"""Stocktakes: scope, scans stored as made, reconciliation, findings, minutes and follow-up.

Modules: ``service`` (``StocktakeService``), ``keeping`` (``KeepingService``: items left
with keepers and their monthly check), ``keeping_officer`` (the officer who draws up the
keeping minutes: a checked user), ``keeping_contract`` (a paid keeper's service contract),
``keeping_income`` (a keeper's income from exploiting an asset, paid in: Law 106/2025
Art 40.3), ``scope``, ``views``, ``papers``.
"""

from evidence_app.services.stocktakes.keeping import (
    Handover,
    HandoverResult,
    HeldItem,
    KeeperView,
    KeepingService,
    check_due,
    check_due_from,
    first_handovers,
)
from evidence_app.services.stocktakes.keeping_contract import ServiceContract
from evidence_app.services.stocktakes.keeping_income import (
    IncomeDraft,
    IncomeView,
    KeepingIncomeService,
    KeepingMinutesChoice,
)
from evidence_app.services.stocktakes.scope import expected_condition
from evidence_app.services.stocktakes.service import StocktakeService, reconciled
from evidence_app.services.stocktakes.views import FindingView, LiveCounts, Signers, StocktakeView

__all__ = [
    "FindingView",
    "Handover",
    "HandoverResult",
    "HeldItem",
    "IncomeDraft",
    "IncomeView",
    "KeeperView",
    "KeepingIncomeService",
    "KeepingMinutesChoice",
    "KeepingService",
    "LiveCounts",
    "ServiceContract",
    "Signers",
    "StocktakeService",
    "StocktakeView",
    "check_due",
    "check_due_from",
    "expected_condition",
    "first_handovers",
    "reconciled",
]
