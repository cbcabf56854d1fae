"""Typed SQLAlchemy 2.0 models. Import from here: ``from db.models import Item``."""

from db.models.auctions import (
    AuctionLot,
    AuctionLotItem,
    AuctionRound,
    Holiday,
    SalePayment,
    Valuation,
)
from db.models.base import Base
from db.models.cases import Case, Party
from db.models.custody import CustodyEvent, Document, NumberSequence, Setting
from db.models.intake import Intake, IntakeDocument, IntakeLine
from db.models.items import Attachment, Item, ItemPhoto
from db.models.org import Agency, Location, User, UserRole, Warehouse
from db.models.release_requests import ReleaseRequest, ReleaseRequestItem
from db.models.releases import TemporaryRelease

__all__ = [
    "Agency",
    "Attachment",
    "AuctionLot",
    "AuctionLotItem",
    "AuctionRound",
    "Base",
    "Case",
    "CustodyEvent",
    "Document",
    "Holiday",
    "Intake",
    "IntakeDocument",
    "IntakeLine",
    "Item",
    "ItemPhoto",
    "Location",
    "NumberSequence",
    "Party",
    "ReleaseRequest",
    "ReleaseRequestItem",
    "SalePayment",
    "Setting",
    "TemporaryRelease",
    "User",
    "UserRole",
    "Valuation",
    "Warehouse",
]
