"""Valuation and sale of seized assets, from valuation to the handover to the buyer
(Decree 152/2026 Art 60–67).

Modules: ``service`` (``AuctionService``), ``checks`` (prices, reductions, buyers), ``rows``
(the steps the actions share), ``views`` (``LotView``), ``deadlines`` (the dashboard's source),
``papers`` (the buyer handover minutes), ``valuation`` (the methods and re-valuation grounds of
Law 106/2025 Art 82), ``co_owners`` (co-owners and priority buyers, Art 83.1).
"""

from evidence_app.services.auctions.checks import (
    Buyer,
    CouncilOpinion,
    ValuationDraft,
    minimum_next_price,
)
from evidence_app.services.auctions.co_owners import PriorityBuyerService, PriorityView
from evidence_app.services.auctions.deadlines import BEFORE_SALE
from evidence_app.services.auctions.service import AuctionService
from evidence_app.services.auctions.views import LotView, RoundView, lot_view

__all__ = [
    "BEFORE_SALE",
    "AuctionService",
    "Buyer",
    "CouncilOpinion",
    "LotView",
    "PriorityBuyerService",
    "PriorityView",
    "RoundView",
    "ValuationDraft",
    "lot_view",
    "minimum_next_price",
]
