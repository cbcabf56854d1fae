"""The auction area (đấu giá, bán tài sản): lots, one dialog per step, the texts about a lot."""

from ui.auctions.view import AuctionView

__all__ = [
    "AuctionView",
]
