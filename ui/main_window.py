"""The main window: search as you type, results table, and the selected item's panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.errors import DomainError, InvalidCodeError
from evidence_app.services.auth import Actor
from evidence_app.services.dto import ItemView
from evidence_app.services.facade import Services
from ui.errors import message_of, show_error
from ui.item_panel import ItemPanel
from ui.search_model import ItemIdRole, SearchModel
from ui.strings import tr

SEARCH_LIMIT = 500
#: Typing pauses this long before a search runs, so fast typists and scanners search once.
SEARCH_DELAY_MS = 200
#: Typical widest text of each results column, for its initial width.
COLUMN_SAMPLES = (
    "VC-2026-000000",
    "",
    "Phương tiện",
    "Đang bảo quản",
    "Nguyễn Thị Hoa",
    "00/00/0000",
)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self._locations: dict[int, dict[int, str]] = {}
        agency = services.agency.current()
        self.setWindowTitle(f"{agency.name} – {tr('app.name')}" if agency else tr("app.name"))
        self.resize(1280, 760)
        self.model = SearchModel(self)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(tr("main.search_placeholder"))
        self.search.setClearButtonEnabled(True)
        self.hits = QLabel()
        self.hits.setStyleSheet("color: palette(placeholder-text);")
        self.table = self._table()
        self.panel = ItemPanel()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.open_code)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.setCentralWidget(self._layout())
        self._status_bar()
        self.search.setFocus()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("results")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        metrics = table.fontMetrics()
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Widths from sample texts, not from the rows: columns stay put as results change.
        for column, sample in enumerate(COLUMN_SAMPLES):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            texts = (
                metrics.horizontalAdvance(sample),
                header.fontMetrics().horizontalAdvance(title),
            )
            header.resizeSection(column, max(texts) + 18)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _layout(self) -> QWidget:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("main.search_label")))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.hits)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 480])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addWidget(splitter)
        return central

    def _status_bar(self) -> None:
        status = self.statusBar()
        self.user_label = QLabel(tr("main.user", name=self.actor.full_name))
        self.db_label = QLabel(tr("main.database", url=self.services.db.display_url))
        for label in (self.user_label, self.db_label):
            label.setStyleSheet("padding: 0 8px; border-left: 1px solid palette(mid);")
            status.addPermanentWidget(label)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        """Search for what is typed now and show the hits."""
        self._timer.stop()
        text = self.search.text().strip()
        try:
            hits = self.services.search.search(self.actor, text, SEARCH_LIMIT) if text else []
        except DomainError as exc:
            show_error(self, exc)
            return
        self.model.set_hits(hits)
        if not text:
            self.hits.clear()
        elif not hits:
            self.hits.setText(tr("main.no_hits"))
        else:
            key = "main.hits_capped" if len(hits) >= SEARCH_LIMIT else "main.hits"
            self.hits.setText(tr(key, count=len(hits)))

    def open_code(self) -> None:
        """Enter in the search box: an item code opens that item at once."""
        self.run_search()
        try:
            parsed = parse_code(self.search.text())
        except InvalidCodeError:
            return  # ordinary search text, already searched
        if parsed.kind is not CodeKind.ITEM:
            return
        try:
            item = self.services.items.by_code(self.actor, parsed.text)
        except DomainError as exc:
            QApplication.beep()
            self.statusBar().showMessage(message_of(exc), 10_000)
            return
        row = self.model.row_of(item.id)
        if row is None:
            self.show_item(item)
        else:
            self.table.selectRow(row)  # the selection loads the item
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.load_item(int(indexes[0].data(ItemIdRole)))

    def load_item(self, item_id: int) -> None:
        try:
            self.show_item(self.services.items.get(self.actor, item_id))
        except DomainError as exc:
            show_error(self, exc)

    def show_item(self, item: ItemView) -> None:
        """Fill the panel with ``item``, its case, its place and its custody timeline."""
        try:
            events = self.services.items.history(self.actor, item.id)
            case = self.services.cases.get(self.actor, item.case_id) if item.case_id else None
            place = self._place(item)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.panel.show_item(item, events, case_name=case.name if case else "", place=place)

    def _place(self, item: ItemView) -> str:
        if item.warehouse_id is None:
            return ""
        names = {w.id: w.name for w in self.services.warehouses.all(self.actor)}
        warehouse = names.get(item.warehouse_id, "")
        if item.location_id is None:
            return warehouse
        known = self._locations.get(item.warehouse_id, {})
        if item.location_id not in known:  # a location added since the last look
            locations = self.services.warehouses.locations(self.actor, item.warehouse_id)
            known = {loc.id: loc.full_name for loc in locations}
            self._locations[item.warehouse_id] = known
        return " › ".join(p for p in (warehouse, known.get(item.location_id, "")) if p)
