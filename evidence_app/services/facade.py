"""Every service over one database, for the UI and the command line."""

from __future__ import annotations

from sqlalchemy.exc import InterfaceError, OperationalError

from db.engine import Database
from db.migrate import upgrade
from evidence_app.domain.errors import DatabaseUnavailableError
from evidence_app.services.admin import (
    AgencyService,
    BackupService,
    CalendarService,
    LedgerImportService,
    LocationImportService,
    RuleService,
    SequenceService,
    SetupService,
    UnitService,
    UserService,
)
from evidence_app.services.auctions import AuctionService, PriorityBuyerService
from evidence_app.services.catalogue import (
    CaseService,
    CatalogueService,
    ItemService,
    ScanService,
    SearchService,
    WarehouseService,
)
from evidence_app.services.core.checkpoint_key import KeySource, default_signing_key
from evidence_app.services.custody import (
    CheckoutService,
    DispositionService,
    MoveService,
    ReleaseRequestService,
    TransferService,
)
from evidence_app.services.dashboard import DashboardService
from evidence_app.services.destruction import DestructionService
from evidence_app.services.documents import DocumentService, LabelService
from evidence_app.services.intake import IntakeService
from evidence_app.services.outcomes import CaseResultService
from evidence_app.services.reports import LedgerClosingService, ReportService
from evidence_app.services.stocktakes import (
    KeepingIncomeService,
    KeepingService,
    StocktakeService,
)


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.agency = AgencyService(db)
        self.users = UserService(db)
        self.units = UnitService(db)
        self.warehouses = WarehouseService(db)
        self.cases = CaseService(db)
        self.case_results = CaseResultService(db)
        self.items = ItemService(db)
        self.labels = LabelService(db)
        self.intake = IntakeService(db)
        self.search = SearchService(db)
        self.scan = ScanService(db)
        self.catalogue = CatalogueService(db, self.search)
        self.documents = DocumentService(db)
        self.checkouts = CheckoutService(db)
        self.dispositions = DispositionService(db)
        self.release_requests = ReleaseRequestService(db)
        self.moves = MoveService(db)
        self.transfers = TransferService(db)
        self.destruction = DestructionService(db)
        self.backup = BackupService(db)
        self.ledger_import = LedgerImportService(db)
        self.sequences = SequenceService(db)
        #: The checkpoint signing key (file named by EVIDENCE_CHECKPOINT_KEY or in the user's
        #: data folder, made on first use); replaceable, e.g. by tests.
        self.signing_key: KeySource = default_signing_key
        self.stocktakes = StocktakeService(db, lambda: self.signing_key())
        #: Items left with keepers and their monthly check (Law 106/2025 Art 40.1).
        self.keeping = KeepingService(db, lambda: self.signing_key())
        #: A keeper's income from exploiting an asset, paid in (Law 106/2025 Art 40.3).
        self.keeping_income = KeepingIncomeService(db)
        self.reports = ReportService(db)
        self.ledger_closing = LedgerClosingService(db)
        self.dashboard = DashboardService(db, self.checkouts)
        self.auctions = AuctionService(db)
        self.priority_buyers = PriorityBuyerService(self.auctions)
        self.calendar = CalendarService(db)
        self.rules = RuleService(db)
        self.setup = SetupService(db)
        self.location_import = LocationImportService(db)

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

    def reachable(self) -> bool:
        """Whether the database answers now (the workstation's retry after a lost server)."""
        try:
            with self.db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except (OperationalError, InterfaceError):
            return False
        return True

    def close(self) -> None:
        self.db.dispose()
