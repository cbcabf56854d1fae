"""Typed SQLAlchemy 2.0 models. Import from here: ``from db.models import Item``."""

from db.models.auctions import (
    AuctionLot,
    AuctionLotItem,
    AuctionPublicNotice,
    AuctionRound,
    Holiday,
    PriorityNotice,
    RoundReschedule,
    SaleBankDeposit,
    SaleBankMovement,
    SalePayment,
    Valuation,
    ValuationOpinion,
)
from db.models.base import Base
from db.models.case_history import CaseChange, StatisticsClosing
from db.models.cases import Case, CaseNotice, Party
from db.models.checkpoints import ChainCheckpoint
from db.models.custody import CustodyEvent, Document, NumberSequence, Setting
from db.models.destruction import (
    DestructionCouncil,
    DestructionItem,
    DestructionMember,
    DestructionPhoto,
)
from db.models.intake import Intake, IntakeDocument, IntakeLine
from db.models.items import Attachment, Item, ItemPhoto, MoneyCount
from db.models.ledgers import LedgerClosing
from db.models.org import AdminEvent, Agency, Location, Unit, User, UserRole, Warehouse
from db.models.outcomes import (
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CaseOutcomeCopy,
    CasePayment,
    CaseVerification,
    KeepingIncome,
)
from db.models.release_requests import ReleaseRequest, ReleaseRequestItem
from db.models.releases import TemporaryRelease
from db.models.report_indexes import (
    EVENT_LEFT_WITH_KEEPER_INDEX,
    ITEM_CLOSED_INDEX,
    ITEM_DISPOSITION_INDEX,
    ITEM_REPORT_INDEX,
)
from db.models.stocktakes import Stocktake, StocktakeFinding, StocktakeSampleItem, StocktakeScan
from db.models.transfers import UnitTransfer, UnitTransferItem
from evidence_app.domain.outcomes import ChangeKind

__all__ = [
    "EVENT_LEFT_WITH_KEEPER_INDEX",
    "ITEM_CLOSED_INDEX",
    "ITEM_DISPOSITION_INDEX",
    "ITEM_REPORT_INDEX",
    "AdminEvent",
    "Agency",
    "Attachment",
    "AuctionLot",
    "AuctionLotItem",
    "AuctionPublicNotice",
    "AuctionRound",
    "Base",
    "Case",
    "CaseChange",
    "CaseConfirmation",
    "CaseNotice",
    "CaseObligation",
    "CaseOutcome",
    "CaseOutcomeCopy",
    "CasePayment",
    "CaseVerification",
    "ChainCheckpoint",
    "ChangeKind",
    "CustodyEvent",
    "DestructionCouncil",
    "DestructionItem",
    "DestructionMember",
    "DestructionPhoto",
    "Document",
    "Holiday",
    "Intake",
    "IntakeDocument",
    "IntakeLine",
    "Item",
    "ItemPhoto",
    "KeepingIncome",
    "LedgerClosing",
    "Location",
    "MoneyCount",
    "NumberSequence",
    "Party",
    "PriorityNotice",
    "ReleaseRequest",
    "ReleaseRequestItem",
    "RoundReschedule",
    "SaleBankDeposit",
    "SaleBankMovement",
    "SalePayment",
    "Setting",
    "StatisticsClosing",
    "Stocktake",
    "StocktakeFinding",
    "StocktakeSampleItem",
    "StocktakeScan",
    "TemporaryRelease",
    "Unit",
    "UnitTransfer",
    "UnitTransferItem",
    "User",
    "UserRole",
    "Valuation",
    "ValuationOpinion",
    "Warehouse",
]
