"""Every service over one database, for the UI and the command line."""

from __future__ import annotations

from sqlalchemy.exc import InterfaceError, OperationalError

import evidence_app.services.dashboard.deadline_sources  # noqa: F401  (adds its deadline sources)
from db.engine import Database
from db.migrate import upgrade
from evidence_app.domain.errors import DatabaseUnavailableError
from evidence_app.services.admin.agency import AgencyService
from evidence_app.services.admin.backup import BackupService
from evidence_app.services.admin.calendar import CalendarService
from evidence_app.services.admin.ledger_import import LedgerImportService
from evidence_app.services.admin.rules import RuleService
from evidence_app.services.admin.sequences import SequenceService
from evidence_app.services.admin.users import UserService
from evidence_app.services.auctions.service import AuctionService
from evidence_app.services.catalogue.cases import CaseService
from evidence_app.services.catalogue.items import ItemService
from evidence_app.services.catalogue.listing import CatalogueService
from evidence_app.services.catalogue.scan import ScanService
from evidence_app.services.catalogue.search import SearchService
from evidence_app.services.catalogue.warehouses import WarehouseService
from evidence_app.services.custody.checkouts import CheckoutService
from evidence_app.services.custody.moves import MoveService
from evidence_app.services.custody.release_requests import ReleaseRequestService
from evidence_app.services.dashboard.service import DashboardService
from evidence_app.services.destruction.service import DestructionService
from evidence_app.services.documents.labels import LabelService
from evidence_app.services.documents.service import DocumentService
from evidence_app.services.intake.service import IntakeService
from evidence_app.services.reports.service import ReportService
from evidence_app.services.stocktakes.service import StocktakeService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.agency = AgencyService(db)
        self.users = UserService(db)
        self.warehouses = WarehouseService(db)
        self.cases = CaseService(db)
        self.items = ItemService(db)
        self.labels = LabelService(db)
        self.intake = IntakeService(db)
        self.search = SearchService(db)
        self.scan = ScanService(db)
        self.catalogue = CatalogueService(db, self.search)
        self.documents = DocumentService(db)
        self.checkouts = CheckoutService(db)
        self.release_requests = ReleaseRequestService(db)
        self.moves = MoveService(db)
        self.destruction = DestructionService(db)
        self.backup = BackupService(db)
        self.ledger_import = LedgerImportService(db)
        self.sequences = SequenceService(db)
        self.stocktakes = StocktakeService(db)
        self.reports = ReportService(db)
        self.dashboard = DashboardService(db, self.checkouts)
        self.auctions = AuctionService(db)
        self.calendar = CalendarService(db)
        self.rules = RuleService(db)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Services:
        """Open a database by URL (default: the user's SQLite file), migrated to the head."""
        db = Database.open(url)
        try:
            if migrate:
                upgrade(db.engine)
            else:
                db.engine.connect().close()
        except (OperationalError, InterfaceError) as exc:
            db.dispose()
            reason = " ".join(str(exc.orig or exc).split())[:200]
            raise DatabaseUnavailableError(url=db.display_url, reason=reason) from exc
        return cls(db)

    def close(self) -> None:
        self.db.dispose()
