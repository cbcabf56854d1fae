"""The main window: navigation between areas, the selected item's panel, scans, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
)

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.errors import DomainError
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.admin import AdminView
from ui.auctions import AuctionView
from ui.cases import CaseView
from ui.catalogue import CatalogueView, ItemPanel
from ui.checkouts import TemporaryReleaseView
from ui.common.errors import message_of, show_error
from ui.common.scan_feedback import signal_error
from ui.dashboard import DashboardView
from ui.destruction import DestructionView
from ui.documents import DocumentCheckDialog
from ui.intake import IntakeView
from ui.moves import MoveView
from ui.releases import ReleaseView
from ui.reports import ReportsView
from ui.shell.connection import ConnectionWatch
from ui.shell.main_actions import build_menus, database_restored, open_settings
from ui.shell.scanner import ScanDetector
from ui.shell.settings import Settings
from ui.stocktakes import KeepingView, StocktakeView
from ui.strings import language, tr
from ui.warehouses import WarehouseView

P = Permission
#: Areas in navigation order: (text key, attribute holding the view, permissions any of
#: which lets a role see it). Those who verify the records (the inspector above all) follow
#: every workflow, read only: the screens offer them no action and the services refuse any.
ALL_AREAS: tuple[tuple[str, str, tuple[Permission, ...]], ...] = (
    ("nav.dashboard", "dashboard", (P.VIEW,)),
    ("nav.catalogue", "catalogue", (P.VIEW,)),
    ("nav.intake", "intake", (P.RECEIVE_ITEMS,)),
    ("nav.moves", "moves", (P.MOVE_ITEMS,)),
    ("nav.checkouts", "checkouts", (P.RECORD_CUSTODY,)),
    (
        "nav.releases",
        "releases",
        (P.REQUEST_RELEASE, P.APPROVE_RELEASE, P.ISSUE_RELEASE, P.VERIFY),
    ),
    ("nav.destruction", "destruction", (P.MANAGE_DESTRUCTION, P.VERIFY)),
    ("nav.auctions", "auctions", (P.MANAGE_AUCTIONS, P.RECORD_SALE_PAYMENT, P.VERIFY)),
    ("nav.cases", "cases", (P.VIEW,)),
    ("nav.warehouses", "warehouses", (P.VIEW,)),
    ("nav.stocktake", "stocktake", (P.STOCKTAKE, P.VERIFY)),
    ("nav.keeping", "keeping", (P.LEAVE_WITH_KEEPER, P.STOCKTAKE, P.VERIFY)),
    ("nav.reports", "reports", (P.VIEW,)),
    ("nav.admin", "admin", (P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_WAREHOUSES)),
)
#: The workflow names deadlines carry, as the areas of this window are named.
TODO_AREAS = {"stocktakes": "stocktake"}
#: Areas that take scans themselves and list their own items.
WORK_SCREENS = ("intake", "moves", "checkouts", "releases", "destruction", "stocktake")
#: Areas with their own lists and forms, no scans.
FORM_AREAS = ("dashboard", "auctions", "reports", "admin", "keeping")
#: Areas that need the width: the item panel is hidden beside them.
WIDE_AREAS = (*WORK_SCREENS, *FORM_AREAS)
#: The narrowest item panel whose fields still read ("Quyết định thi hành án: 45/QĐ-THADS").
PANEL_MIN_WIDTH = 320
STATUS_STYLE = "padding: 0 8px; border-left: 1px solid palette(mid);"
#: The widest the database address may be in the status bar (pixels; the rest is elided).
DB_LABEL_WIDTH = 340


class MainWindow(QMainWindow):
    #: The user chose another language; the application rebuilds the window in it.
    languageChosen = Signal(str)
    #: The user logs out (or hands the workstation to another user): the shell asks who next.
    logOutRequested = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        settings: Settings | None = None,
        detector: ScanDetector | None = None,
    ) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.settings = settings or Settings()
        self.detector = detector
        agency = services.agency.current()
        self.setWindowTitle(f"{agency.name} – {tr('app.name')}" if agency else tr("app.name"))
        self.resize(1366, 768)
        # What a role may not do is not offered: its areas are not built at all.
        self.areas = [
            (k, n) for k, n, ps in ALL_AREAS if any(is_allowed(actor.roles, p) for p in ps)
        ]
        self.catalogue = CatalogueView(services, actor)
        self.cases = CaseView(services, actor)
        self.warehouses = WarehouseView(services, actor)
        self.intake = IntakeView(services, actor) if self.has_area("intake") else None
        self.moves = MoveView(services, actor) if self.has_area("moves") else None
        self.releases = ReleaseView(services, actor) if self.has_area("releases") else None
        self.checkouts = (
            TemporaryReleaseView(services, actor) if self.has_area("checkouts") else None
        )
        self.destruction = (
            DestructionView(services, actor) if self.has_area("destruction") else None
        )
        self.admin = AdminView(services, actor) if self.has_area("admin") else None
        self.dashboard = DashboardView(services, actor)
        self.dashboard.openRequested.connect(self.open_target)
        self.stocktake = StocktakeView(services, actor) if self.has_area("stocktake") else None
        self.keeping = KeepingView(services, actor) if self.has_area("keeping") else None
        self.reports = ReportsView(services, actor)
        self.auctions = AuctionView(services, actor) if self.has_area("auctions") else None
        self.panel = ItemPanel(services, actor)
        self.nav = self._navigation()
        self.stack = QStackedWidget()
        for _key, name in self.areas:
            self.stack.addWidget(getattr(self, name))
        for view in (self.catalogue, self.cases, self.warehouses):
            view.itemSelected.connect(self.show_item)
        if self.intake is not None:
            self.intake.intakeCommitted.connect(self._items_changed)
        if self.moves is not None:
            self.moves.movesCommitted.connect(self._items_changed)
        if self.checkouts is not None:
            self.checkouts.checkoutsChanged.connect(self._items_changed)
        if self.admin is not None:
            self.admin.settingsRequested.connect(lambda: open_settings(self))
            self.admin.restored.connect(lambda: database_restored(self))
        if self.stocktake is not None:
            self.stocktake.itemsChanged.connect(self._items_changed)
        if self.keeping is not None:
            self.keeping.itemsChanged.connect(self._items_changed)
        self.nav.currentRowChanged.connect(self._area_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for widget, stretch in ((self.nav, 0), (self.stack, 3), (self.panel, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.panel.setMinimumWidth(PANEL_MIN_WIDTH)
        self._default_sizes()
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self._status_bar()
        if self.stocktake is not None:  # its scans kept while the server was away
            self.connection.restored.connect(self.stocktake.write_pending)
        build_menus(self)
        if detector is not None:
            detector.scanned.connect(self.handle_scan)
            detector.stateChanged.connect(self._scan_state_changed)
        self._scan_state_changed()
        self._restore_state()
        self._area_changed(self.nav.currentRow())  # the first area may need the width too
        self.catalogue.search.setFocus()

    def _navigation(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        for key, _name in self.areas:
            nav.addItem(tr(key))
        nav.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        widest = max(nav.fontMetrics().horizontalAdvance(tr(key)) for key, _name in self.areas)
        nav.setMinimumWidth(widest + 32)  # the padding, the frame and a little air
        nav.setMaximumWidth(widest + 120)
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav.setCurrentRow(0)
        return nav

    def _status_bar(self) -> None:
        status = self.statusBar()
        self.scan_label = QLabel()
        self.scan_label.setObjectName("scan_state")
        self.user_label = QLabel(tr("status.user", name=self.actor.full_name))
        # A long database path (a server, a deep folder) is cut in the middle, whole in its
        # tooltip, so the status bar never widens the window past a 1366×768 laptop's.
        address = tr("main.database", url=self.services.db.display_url)
        self.db_label = QLabel(
            self.fontMetrics().elidedText(address, Qt.TextElideMode.ElideMiddle, DB_LABEL_WIDTH)
        )
        self.db_label.setToolTip(address)
        for label in (self.user_label, self.db_label):
            label.setProperty("data", True)  # a name and an address, as recorded
        for label in (self.scan_label, self.user_label, self.db_label):
            label.setStyleSheet(STATUS_STYLE)
            status.addPermanentWidget(label)
        # The server gone away: said in red until it answers again (ui/shell/connection.py).
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connection_lost")
        self.connection_label.setStyleSheet(STATUS_STYLE + " color: #a61b1b; font-weight: bold;")
        status.insertPermanentWidget(0, self.connection_label)
        self.connection = ConnectionWatch(self.services, self.connection_label, self)
        self.connection.restored.connect(
            lambda: status.showMessage(tr("status.connection_restored"), 8000)
        )
        # Whoever can back up is reminded when the last backup is too old.
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup_due")
        self.backup_label.setStyleSheet(STATUS_STYLE + " color: #a61b1b;")
        status.insertPermanentWidget(0, self.backup_label)
        self.update_backup_reminder()

    def connection_lost(self) -> None:
        """An action of this window found the database server gone (ui.common.errors)."""
        self.connection.report()

    def update_backup_reminder(self) -> None:
        allowed = is_allowed(self.actor.roles, Permission.MANAGE_SETTINGS)
        backup = self.services.backup.status() if allowed else None
        due = backup is not None and backup.due
        self.backup_label.setText(tr("status.backup_due") if due else "")
        self.backup_label.setToolTip(backup.reminder(language()) if backup and due else "")
        self.backup_label.setVisible(due)

    def _scan_state_changed(self, *_args: object) -> None:
        on = self.detector is not None and self.detector.enabled
        self.scan_label.setText(self.detector.state_text() if on else tr("status.scanner_off"))  # type: ignore[union-attr]

    # Areas -----------------------------------------------------------------------------

    def _area_changed(self, row: int) -> None:
        # Only the area shown asks for room: a wide form elsewhere (the handover's) must not
        # squeeze the item panel beside the catalogue (a stacked layout skips Ignored pages).
        for index in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored
            self.stack.widget(index).setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(row)
        # The work screens (handover, moves, releases) list their own items and need the
        # width; the panel of one stored item is of no use beside them.
        self.panel.setVisible(self.current_area() not in WIDE_AREAS)

    def _default_sizes(self) -> None:
        """The panel takes two fifths of what the navigation leaves (≈ 480 px at 1366)."""
        nav = self.nav.minimumWidth()
        rest = max(self.width(), 1366) - nav
        self.splitter.setSizes([nav, rest * 3 // 5, rest * 2 // 5])

    def has_area(self, name: str) -> bool:
        return any(n == name for _k, n in self.areas)

    def show_area(self, name: str) -> None:
        """Bring the area ``name`` ("catalogue", "intake", "cases", "warehouses") forward."""
        self.nav.setCurrentRow([n for _k, n in self.areas].index(name))

    def current_area(self) -> str:
        return self.areas[self.stack.currentIndex()][1]

    def open_target(self, area: str, ref: object) -> None:
        """What a to-do line names: its area, with the record selected where the area can."""
        if area == "intake" and isinstance(ref, int):  # an item awaiting a conclusion
            self.show_item(ref)
            self._follow_in_catalogue(ref)
            return
        if area == "case_confirmations":  # the head's queue of case records (issue 19)
            if not self.has_area("cases"):
                self.statusBar().showMessage(tr("dashboard.not_yours"), 5000)
                return
            self.show_area("cases")
            self.cases.ask_confirm()
            return
        name = TODO_AREAS.get(area, area)
        if not self.has_area(name):
            self.statusBar().showMessage(tr("dashboard.not_yours"), 5000)
            return
        self.show_area(name)
        select = {
            "releases": lambda r: self.releases.select_request(r),  # type: ignore[union-attr]
            "auctions": lambda r: self.auctions.select_lot(r),  # type: ignore[union-attr]
            "destruction": lambda r: self.destruction.select_council(r),  # type: ignore[union-attr]
            "cases": lambda r: self.cases.open_case(r),
        }.get(name)
        if select is not None and isinstance(ref, int):
            select(ref)

    def focus_search(self) -> None:
        self.show_area("catalogue")
        self.catalogue.search.setFocus()
        self.catalogue.search.selectAll()

    def refresh(self) -> None:
        self.catalogue.reload()
        self.warehouses.reload()
        if self.keeping is not None:  # an item taken back from its keeper
            self.keeping.reload()

    def _items_changed(self, _result: object) -> None:
        """New or moved items show in the catalogue and the location counts at once."""
        self.refresh()

    # Items and scans ---------------------------------------------------------------------

    def show_item(self, item_id: int) -> None:
        """Fill the panel with the item: fields, place, photos, timeline, chain state."""
        try:
            self.panel.show_details(self.services.items.details(self.actor, item_id))
        except DomainError as exc:
            show_error(self, exc)

    def show_item_by_code(self, code: str) -> None:
        try:
            self.panel.show_details(self.services.items.details_by_code(self.actor, code))
        except DomainError as exc:
            show_error(self, exc)

    def handle_scan(self, text: str) -> None:
        """A scanned code: an item opens in the panel, a location in the warehouse view.

        On the handover screen a location code sets where the new items go instead; on the
        move screen locations and items make up the batch.
        """
        area = self.current_area()
        screen = getattr(self, area) if area in WORK_SCREENS else None
        if screen is not None and screen.handle_scan(text):
            return  # the handover and move screens take the codes they work with
        try:
            target = self.services.scan.route(self.actor, text)
            if target.kind is CodeKind.LOCATION:
                self.show_area("warehouses")
                self.warehouses.open_location(target.id)
            elif target.kind is CodeKind.DOCUMENT:
                # The QR on a printed paper: does the database still say what it says?
                DocumentCheckDialog.present(self, self.services.documents.check(self.actor, text))
            else:
                self.panel.show_details(self.services.items.details(self.actor, target.id))
                self._follow_in_catalogue(target.id)
        except DomainError as exc:
            signal_error(self, message_of(exc))
            return
        self.statusBar().showMessage(tr("scan.opened", code=target.code), 5000)

    def _follow_in_catalogue(self, item_id: int) -> None:
        """Where the panel is hidden (the home screen, reports…) a scanned item opens in the
        catalogue; there its row is selected when already loaded (never the whole list, so a
        scan stays within its 10 ms)."""
        if self.current_area() in WIDE_AREAS and self.has_area("catalogue"):
            self.show_area("catalogue")
        if self.current_area() == "catalogue":
            self.catalogue.select_item(item_id, load_all=False)

    # Window state ------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = self.settings.get("window/state")
        if state:
            self.restoreState(state)  # type: ignore[arg-type]
        splitter = self.settings.get("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
            if 0 < self.splitter.sizes()[2] < PANEL_MIN_WIDTH:
                self._default_sizes()  # a panel too narrow to read is not brought back
        area = self.settings.start_area(self.actor.username)
        if self.has_area(area):
            self.show_area(area)

    def save_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.set_start_area(self.actor.username, self.current_area())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
