"""The official documents' renderer: frozen content in, deterministic PDF bytes out."""

from __future__ import annotations

from evidence_app.documents import (
    auction_papers,
    buyer_handover_minutes,
    destruction_minutes,
    entry_order,
    entry_slip,
    handover_minutes,
    keeping_minutes,
    release_minutes,
    release_order,
    release_slip,
    return_minutes,
    stock_card,
    stocktake_minutes,
)
from evidence_app.documents.content import (
    AuctionDecision,
    AuctionNotice,
    BuyerHandoverMinutes,
    Content,
    CouncilMinutes,
    DestructionMinutes,
    DirectSaleMinutes,
    EntryOrder,
    EntrySlip,
    HandoverMinutes,
    KeepingMinutes,
    ReleaseMinutes,
    ReleaseOrder,
    ReleaseSlip,
    ReturnMinutes,
    StockCard,
    StocktakeMinutes,
)
from evidence_app.documents.page import Stamp


def render_document(content: Content, stamp: Stamp) -> bytes:
    """The PDF of ``content`` with ``stamp`` in every page's footer; deterministic."""
    if isinstance(content, HandoverMinutes):
        return handover_minutes.render(content, stamp)
    if isinstance(content, EntryOrder):
        return entry_order.render(content, stamp)
    if isinstance(content, EntrySlip):
        return entry_slip.render(content, stamp)
    if isinstance(content, StockCard):
        return stock_card.render(content, stamp)
    if isinstance(content, ReleaseOrder):
        return release_order.render(content, stamp)
    if isinstance(content, ReleaseSlip):
        return release_slip.render(content, stamp)
    if isinstance(content, ReleaseMinutes):
        return release_minutes.render(content, stamp)
    if isinstance(content, ReturnMinutes):
        return return_minutes.render(content, stamp)
    if isinstance(content, DestructionMinutes):
        return destruction_minutes.render(content, stamp)
    if isinstance(content, StocktakeMinutes):
        return stocktake_minutes.render(content, stamp)
    if isinstance(content, BuyerHandoverMinutes):
        return buyer_handover_minutes.render(content, stamp)
    if isinstance(content, AuctionNotice):
        return auction_papers.render_notice(content, stamp)
    if isinstance(content, AuctionDecision):
        return auction_papers.render_decision(content, stamp)
    if isinstance(content, CouncilMinutes):
        return auction_papers.render_council_minutes(content, stamp)
    if isinstance(content, DirectSaleMinutes):
        return auction_papers.render_direct_sale_minutes(content, stamp)
    if isinstance(content, KeepingMinutes):
        return keeping_minutes.render(content, stamp)
    raise TypeError(f"not a document content: {type(content).__name__}")


__all__ = ["Stamp", "render_document"]
