"""The item catalogue: a filter bar, a search box and a lazy table over every item."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.errors import DomainError, InvalidCodeError
from evidence_app.services.catalogue import SEARCH_LIMIT, CatalogueFilter
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.catalogue.filters import FilterBar
from ui.catalogue.model import COLUMNS, RECEIVED_COLUMN, CatalogueModel
from ui.strings import language, tr

#: Texts as wide as a column usually needs, so widths do not jump while scrolling.
SAMPLES = (
    "VC-2026-0001234",
    "Xe máy Honda Wave RSX biển số 29B1-123.45",
    "Vàng bạc, kim khí quý",
    "Chờ bán đấu giá",
    "Tài sản tạm giữ",
    "Kho vật chứng số 1",
    "Khu A › Phòng 2 › Kệ 3 › Ô 4",
    "Trộm cắp tài sản – Lê Văn Cường",
    "Nguyễn Thị Phương Thảo",
    "30/12/2026",
)


def grouped(count: int) -> str:
    """1.000.000 in Vietnamese, 1,000,000 in English."""
    text = f"{count:,}"
    return text.replace(",", ".") if language() == "vi" else text


#: How far down a scanned item's row is looked for (a linear search: ≈ 0.1 ms).
FOLLOW_ROWS = 10_000


class CatalogueView(QWidget):
    """Filters, search as you type and the table; ``itemSelected`` names the current item."""

    itemSelected = Signal(int)
    SEARCH_DELAY_MS = 200

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.filters = FilterBar(services, actor, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("catalogue_search")
        self.search.setPlaceholderText(tr("catalogue.search_placeholder"))
        self.search.setAccessibleName(tr("catalogue.search_label"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("catalogue_count")
        self.model = CatalogueModel(services, actor, self)
        self.table = self._table()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._layout()
        self._connect()
        self.apply_filters()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("catalogue_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = table.fontMetrics()
        for column, sample in enumerate(SAMPLES):
            title = tr(COLUMNS[column][0])
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 24)
            table.setColumnWidth(column, width + 16)
        # No indicator: newest first, or best match first while searching.
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_by)
        return table

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.search)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.filters.clear_button, self.search)
        self.setTabOrder(self.search, self.table)

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.model.countChanged.connect(lambda _n: self._show_count())
        self.model.loaded.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        focus = QShortcut(QKeySequence.StandardKey.Find, self)
        focus.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.activated.connect(self.search.setFocus)
        focus.activated.connect(self.search.selectAll)

    # Public -------------------------------------------------------------------------------

    def current_filter(self) -> CatalogueFilter:
        return self.filters.value(self.search.text())

    def apply_filters(self) -> None:
        """Query again with the filters and search text as they are now."""
        self._debounce.stop()
        wanted = self.current_filter()
        sort = self.model.sort_key
        if wanted.text != self.model.filter.text and wanted.text:
            sort = None  # a new search shows the best matches first
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.set_query(wanted, sort)
        except DomainError as exc:
            self.count_label.setText(exc.message(language()))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show_count()

    def reload(self) -> None:
        """Read the items again after data changed, keeping filters, sort and selection."""
        current = self.current_item_id()
        self.model.reload()
        if current is not None:
            self.select_item(current)

    def current_item_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def select_item(self, item_id: int, *, load_all: bool = True) -> bool:
        """Select and show the row of ``item_id``; False if the filters hide it (or, without
        ``load_all``, if it is not among the first rows: a scan must not search a million)."""
        row = self.model.row_of(item_id, None if load_all else FOLLOW_ROWS)
        if row is None and load_all and not self.model.is_complete():
            self.model.load_all()
            row = self.model.row_of(item_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # Reactions ----------------------------------------------------------------------------

    def _sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """A header click; sorting a million items by a text column takes up to a second."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.sort(column, order)
        except DomainError as exc:
            self.count_label.setText(exc.message(language()))
        finally:
            QApplication.restoreOverrideCursor()

    def _search_now(self) -> None:
        """Enter: search at once; an exact item code selects (or at least opens) that item."""
        self.apply_filters()
        item_id = self._exact_code_item()
        if item_id is not None and not self.select_item(item_id):
            self.itemSelected.emit(item_id)
        elif item_id is None and self.model.rowCount() == 1:
            self.select_item(self.model.item_id(0))

    def _exact_code_item(self) -> int | None:
        try:
            parsed = parse_code(self.search.text())
        except InvalidCodeError:
            return None
        if parsed.kind is not CodeKind.ITEM:
            return None
        try:
            return self.services.items.by_code(self.actor, parsed.text).id
        except DomainError:
            return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.itemSelected.emit(self.model.item_id(current.row()))

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            text = tr("catalogue.none")
        elif not self.model.is_complete():
            text = tr("catalogue.count_loading", count=grouped(count))
        elif self._search_may_be_capped(count):
            text = tr("catalogue.count_capped", count=grouped(count), limit=grouped(SEARCH_LIMIT))
        else:
            text = tr("catalogue.count", count=grouped(count))
        self.count_label.setText(text)

    def _search_may_be_capped(self, count: int) -> bool:
        """Searches consider their first SEARCH_LIMIT hits only, before the other filters."""
        shown = self.model.filter
        if not shown.text:
            return False
        return count >= SEARCH_LIMIT or replace(shown, text="") != CatalogueFilter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the table; Escape clears the search."""
        if watched is self.search and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)


__all__ = ["RECEIVED_COLUMN", "CatalogueView"]
