"""The stocktake screen (kiểm kê): start or resume a session, scan, reconcile, finish, act."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import Role, StocktakeKind, StocktakeStatus
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.facade import Services
from evidence_app.services.stocktakes import LiveCounts
from evidence_app.services.stocktakes import StocktakeView as StocktakeInfo
from ui.common.body_keeper_dialog import BodyKeeperDialog
from ui.common.errors import message_of, report_connection, show_error
from ui.common.formats import number
from ui.common.printing import print_pdf
from ui.common.scan_feedback import show_status, signal_error
from ui.common.view_parts import rows_table
from ui.common.widgets import heading
from ui.stocktakes.dialogs import SignersDialog
from ui.stocktakes.lists import FindingsModel
from ui.strings import language, tr

TABS = ("present", "missing", "misplaced", "unknown")


class StocktakeView(QWidget):
    """Scans go to the selected open stocktake; the four lists show after "Đối chiếu"."""

    #: Items changed status or place (follow-up actions).
    itemsChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.location_id: int | None = None
        self.current: StocktakeInfo | None = None
        #: Scans made while the database server was away (stocktake id, code), in order.
        self.pending: list[tuple[int, str]] = []
        self.warehouse = QComboBox()
        self.scope = QComboBox()
        self.kind = QComboBox()
        for kind in StocktakeKind:
            self.kind.addItem(label(kind, language()), kind)
        self.sessions = QComboBox()
        self.start_button = QPushButton(tr("stocktake.start"))
        self.place = QLabel()
        self.place.setObjectName("stocktakePlace")
        self.counts = QLabel()
        self.counts.setObjectName("stocktakeCounts")
        self.counts.setWordWrap(True)
        self.last = QLabel()
        self.buttons = {
            key: QPushButton(tr(f"stocktake.{key}"))
            for key in ("reconcile", "finish", "print", "mark_missing", "move_misplaced")
        }
        self.models = {key: FindingsModel(self) for key in TABS}
        self.tabs = QTabWidget()
        for key in TABS:
            table = rows_table(self.models[key])
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the item's name
            header.resizeSection(0, 150)
            for column in (2, 3):
                header.resizeSection(column, 210)
            self.tabs.addTab(table, "")
        self._lay_out()
        self._connect()
        self._hide_what_the_role_may_not_do()
        self.reload()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("stocktake.title"), tr("stocktake.subtitle")))
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("stocktake.warehouse")), 0, 0)
        grid.addWidget(self.warehouse, 0, 1)
        grid.addWidget(QLabel(tr("stocktake.scope")), 0, 2)
        grid.addWidget(self.scope, 0, 3)
        grid.addWidget(QLabel(tr("stocktake.kind")), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(self.start_button, 1, 3)
        grid.addWidget(QLabel(tr("stocktake.session")), 2, 0)
        grid.addWidget(self.sessions, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        layout.addWidget(self.place)
        layout.addWidget(self.counts)
        layout.addWidget(self.last)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        for key in ("reconcile", "mark_missing", "move_misplaced"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        row.addWidget(self.buttons["print"])
        row.addWidget(self.buttons["finish"])
        layout.addLayout(row)

    def _connect(self) -> None:
        self.warehouse.currentIndexChanged.connect(self._fill_scope)
        self.start_button.clicked.connect(self.start)
        self.sessions.currentIndexChanged.connect(self._session_chosen)
        self.buttons["reconcile"].clicked.connect(self.reconcile)
        self.buttons["finish"].clicked.connect(self.finish)
        self.buttons["print"].clicked.connect(self.print_minutes)
        self.buttons["mark_missing"].clicked.connect(self.mark_missing)
        self.buttons["move_misplaced"].clicked.connect(self.move_misplaced)

    def _hide_what_the_role_may_not_do(self) -> None:
        can_take = is_allowed(self.actor.roles, Permission.STOCKTAKE)
        for widget in (self.start_button, self.buttons["finish"]):
            widget.setVisible(can_take)
        self.buttons["mark_missing"].setVisible(
            is_allowed(self.actor.roles, Permission.RECORD_CUSTODY)
        )
        self.buttons["move_misplaced"].setVisible(
            is_allowed(self.actor.roles, Permission.MOVE_ITEMS)
        )

    # Loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Warehouses and stocktakes, the open one of this user's warehouse selected."""
        try:
            warehouses = self.services.warehouses.all(self.actor)
            takes = self.services.stocktakes.list(self.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.warehouse.blockSignals(True)
        self.warehouse.clear()
        for w in warehouses:
            self.warehouse.addItem(f"{w.code} – {w.name}", w.id)
        self.warehouse.blockSignals(False)
        self._fill_scope()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        ordered = sorted(takes, key=lambda t: (t.status is not StocktakeStatus.OPEN, -t.id))
        for take in ordered:
            self.sessions.addItem(self._session_text(take), take.id)
        self.sessions.blockSignals(False)
        self._session_chosen()

    def _session_text(self, take: StocktakeInfo) -> str:
        lang = language()
        return tr(
            "stocktake.session_item",
            id=take.id,
            kind=label(take.kind, lang),
            warehouse=take.location_name or take.warehouse_name,
            status=label(take.status, lang),
        )

    def _fill_scope(self, *_args: object) -> None:
        self.scope.clear()
        self.scope.addItem(tr("stocktake.whole_warehouse"), None)
        warehouse_id = self.warehouse.currentData()
        if warehouse_id is None:
            return
        try:
            places = self.services.warehouses.locations(self.actor, warehouse_id)
        except DomainError:
            return
        for place in places:
            self.scope.addItem(f"{place.code} – {place.full_name}", place.id)

    def _session_chosen(self, *_args: object) -> None:
        take_id = self.sessions.currentData()
        self.current = None
        self.location_id = None
        if take_id is not None:
            try:
                self.current = self.services.stocktakes.get(self.actor, take_id)
            except DomainError as exc:
                show_error(self, exc)
        for model in self.models.values():
            model.set_rows(())
        self._refresh_counts()
        if self.current is not None and self.current.status is StocktakeStatus.FINISHED:
            self.reconcile()

    # Actions ---------------------------------------------------------------------------

    def start(self) -> None:
        warehouse_id = self.warehouse.currentData()
        if warehouse_id is None:
            return
        try:
            take = self.services.stocktakes.start(
                self.actor, warehouse_id, self.kind.currentData(), self.scope.currentData()
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.select(take.id)

    def select(self, stocktake_id: int) -> None:
        index = self.sessions.findData(stocktake_id)
        if index >= 0:
            self.sessions.setCurrentIndex(index)
            self._session_chosen()

    def handle_scan(self, code: str) -> bool:
        """A scan for the open stocktake: a location sets the context, anything else is
        recorded (unknown codes included). False when no stocktake is open here."""
        take = self.current
        if take is None or take.status is not StocktakeStatus.OPEN:
            return False
        if not is_allowed(self.actor.roles, Permission.STOCKTAKE):
            return False  # a supervisor follows the count, he does not scan
        if self.pending:  # the server is away: keep the order of the scans
            self._keep(take.id, code)
            return True
        self._record(take.id, code)
        return True

    def _record(self, take_id: int, code: str) -> bool:
        """Write one scan; False (and the scan kept) when the server is away."""
        try:
            result = self.services.stocktakes.scan(self.actor, take_id, code, self.location_id)
        except DomainError as exc:
            if report_connection(self, exc):
                self._keep(take_id, code)
                return False
            signal_error(self, message_of(exc))
            return True
        if result.is_location:
            self.location_id = result.location_id
            self.place.setText(tr("stocktake.location", location=result.location_name))
        elif result.outcome is not None:
            text = tr(
                "stocktake.scanned", code=result.code, outcome=label(result.outcome, language())
            )
            self.last.setText(text)
            show_status(self, text)
        self._show_counts(result.counts)
        return True

    def _keep(self, take_id: int, code: str) -> None:
        """A scan made while the server is away, kept in order to be written on its return
        (issue 21: a stocktake session's scans are not lost)."""
        self.pending.append((take_id, code))
        signal_error(self, tr("stocktake.kept", count=len(self.pending)))
        self.last.setText(tr("stocktake.kept", count=len(self.pending)))

    def write_pending(self) -> int:
        """The server is back: the kept scans written in the order made; the number written
        (writing stops, keeping the rest, if the server goes away again)."""
        written = 0
        while self.pending:
            take_id, code = self.pending.pop(0)
            if not self._record(take_id, code):
                self.pending.insert(0, self.pending.pop())  # _keep appended it: back in front
                break
            written += 1
        if written:
            show_status(self, tr("stocktake.kept_written", count=written))
        return written

    def reconcile(self) -> None:
        if self.current is None:
            return
        try:
            lists = self.services.stocktakes.reconcile(self.actor, self.current.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        for i, key in enumerate(TABS):
            rows = getattr(lists, key)
            self.models[key].set_rows(rows)
            self.tabs.setTabText(i, tr(f"stocktake.tab_{key}", count=len(rows)))

    def finish(self) -> None:
        if self.current is None or self.current.status is not StocktakeStatus.OPEN:
            return
        keeper = self.actor.full_name if Role.KEEPER in self.actor.roles else ""
        entrusted = self.current.kind is StocktakeKind.KEEPING_CHECK
        signers = SignersDialog.ask(self, keeper, entrusted)
        if signers is None:
            return
        try:
            done = self.services.stocktakes.finish(self.actor, self.current.id, signers)
        except DomainError as exc:
            show_error(self, exc)
            return
        show_status(self, tr("stocktake.finished", id=done.id))
        self.reload()
        self.select(done.id)

    def print_minutes(self) -> None:
        take = self.current
        if take is None or take.minutes_document_id is None:
            return
        try:
            pdf = self.services.documents.pdf(self.actor, take.minutes_document_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        print_pdf(self, pdf, tr("stocktake.print"))

    def mark_missing(self) -> None:
        self._act("missing", self.services.stocktakes.mark_missing)

    def move_misplaced(self) -> None:
        self._act("misplaced", self._move_misplaced)

    def _move_misplaced(self, actor: Actor, stocktake_id: int, codes: list[str]) -> int | None:
        """Moved by our keeper, or, in a police or third-party warehouse, by that body's
        keeper, asked for first (Decree 152/2026 Art 37.2.đ); None when he is not given."""
        stocktakes = self.services.stocktakes
        keeper: BodyKeeper | None = None
        body = stocktakes.keeping_body(actor, stocktake_id, codes)
        if body:
            keeper = BodyKeeperDialog.ask(self, body)
            if keeper is None:
                return None
        return stocktakes.move_misplaced(actor, stocktake_id, codes, keeper)

    def _act(self, key: str, action: object) -> None:
        """Apply ``action`` to the unresolved codes of list ``key`` (the selected ones, or all)."""
        if self.current is None:
            return
        model = self.models[key]
        table = self.tabs.widget(TABS.index(key))
        chosen = {i.row() for i in table.selectionModel().selectedRows()}  # type: ignore[attr-defined]
        rows = [r for i, r in enumerate(model.rows()) if (not chosen or i in chosen)]
        codes = [r.code for r in rows if not r.resolved and r.item_id is not None]
        if not codes:
            return
        try:
            count = action(self.actor, self.current.id, codes)  # type: ignore[operator]
        except DomainError as exc:
            show_error(self, exc)
            return
        if count is None:  # cancelled
            return
        show_status(self, tr("stocktake.acted", count=count))
        self.reconcile()
        self.itemsChanged.emit(count)

    # State -----------------------------------------------------------------------------

    def _refresh_counts(self) -> None:
        take = self.current
        if take is None:
            self.counts.setText(tr("stocktake.none"))
        else:
            try:
                self._show_counts(self.services.stocktakes.counts(self.actor, take.id))
            except DomainError as exc:
                self.counts.setText(message_of(exc))
        is_open = take is not None and take.status is StocktakeStatus.OPEN
        self.place.setText(tr("stocktake.no_location") if is_open else "")
        self.last.clear()
        finished = take is not None and take.status is StocktakeStatus.FINISHED
        self.buttons["reconcile"].setEnabled(take is not None)
        self.buttons["finish"].setEnabled(is_open)
        for key in ("print", "mark_missing", "move_misplaced"):
            self.buttons[key].setEnabled(finished)
        for i, key in enumerate(TABS):
            self.tabs.setTabText(i, tr(f"stocktake.tab_{key}", count=0))

    def _show_counts(self, c: LiveCounts) -> None:
        self.counts.setText(
            tr(
                "stocktake.counts",
                expected=number(c.expected),
                found=number(c.found),
                left=number(c.not_yet_seen),
                misplaced=number(c.misplaced),
                unknown=number(c.unknown),
                scans=number(c.scans),
            )
        )
