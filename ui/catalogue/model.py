"""The item catalogue as a lazy table: ordered ids, and a few cached pages of rows.

In the manner of Anki's browser model: the model holds the ids of every matching item (8
bytes each) and loads rows one page at a time when the view asks for them, keeping only the
``MAX_PAGES`` pages used last. Ids after the first chunk arrive while the event loop runs.
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.catalogue import CatalogueFilter, CatalogueRow, CatalogueSort
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.formats import local_date
from ui.strings import language, tr

log = logging.getLogger(__name__)

#: The item's database id.
ItemIdRole = Qt.ItemDataRole.UserRole + 1
#: The item's code, as printed on its label.
CodeRole = Qt.ItemDataRole.UserRole + 2
#: The whole ``CatalogueRow`` of the item.
RowRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def received_day(row: CatalogueRow) -> str:
    return local_date(row.received_at)


#: Header key, the service's sort column, and the cell text of each column, in order.
COLUMNS: tuple[tuple[str, str, Callable[[CatalogueRow], str]], ...] = (
    ("col.code", "code", lambda r: r.code),
    ("col.name", "name", lambda r: r.name),
    ("col.category", "category", lambda r: label(r.category, language())),
    ("col.status", "status", lambda r: label(r.status, language())),
    ("catalogue.col.kind", "kind", lambda r: label(r.kind, language())),
    ("catalogue.col.warehouse", "warehouse", lambda r: r.warehouse),
    ("catalogue.col.location", "location", lambda r: r.location),
    ("catalogue.col.case", "case", lambda r: r.case),
    ("col.owner", "owner", lambda r: r.owner),
    ("col.received", "received_at", received_day),
)
RECEIVED_COLUMN = len(COLUMNS) - 1


class CatalogueModel(QAbstractTableModel):
    """Every item matching a filter; never more than ``MAX_PAGES`` pages of rows in memory."""

    PAGE_SIZE = 200
    #: Ids read before the table first shows: several screens' worth.
    FIRST_CHUNK = 1_000
    MAX_PAGES = 8

    #: The number of ids known so far, after a reload and after each further chunk.
    countChanged = Signal(int)
    #: Every id of the current query has arrived.
    loaded = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._filter = CatalogueFilter()
        self._sort: CatalogueSort | None = None
        self._ids = array("q")
        self._chunks: Iterator[array[int]] | None = None
        self._pages: OrderedDict[int, list[CatalogueRow | None]] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next_chunk)

    # Our API ------------------------------------------------------------------------------

    @property
    def filter(self) -> CatalogueFilter:
        return self._filter

    @property
    def sort_key(self) -> CatalogueSort | None:
        return self._sort

    def set_query(self, filter: CatalogueFilter, sort: CatalogueSort | None) -> None:
        """Show the items matching ``filter`` in ``sort`` order (None: newest or best first).

        A bad filter raises its ValidationError and leaves the model as it was.
        """
        chunks = self._services.catalogue.id_chunks(
            self._actor, filter, sort, first=self.FIRST_CHUNK
        )
        first = next(chunks, array("q"))
        self._close_chunks()
        self.beginResetModel()
        self._filter, self._sort = filter, sort
        self._ids, self._chunks = first, chunks
        self._pages.clear()
        self.endResetModel()
        if len(first) < self.FIRST_CHUNK:  # a short first chunk is all there is
            self._close_chunks()
            self.countChanged.emit(len(self._ids))
            self.loaded.emit()
            return
        self.countChanged.emit(len(self._ids))
        self._timer.start(0)

    def reload(self) -> None:
        """Read the ids again (after data changed), keeping filter and sort."""
        self.set_query(self._filter, self._sort)

    def is_complete(self) -> bool:
        return self._chunks is None

    def load_all(self) -> None:
        """Take every remaining chunk now (tests, benchmarks)."""
        while self._chunks is not None:
            self._next_chunk()

    def item_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int, within: int | None = None) -> int | None:
        """The row showing ``item_id`` among the ids known so far (the first ``within``)."""
        try:
            return self._ids.index(item_id, 0, len(self._ids) if within is None else within)
        except ValueError:
            return None

    def cached_pages(self) -> int:
        return len(self._pages)

    def row(self, row: int) -> CatalogueRow | None:
        """The item on ``row``, loading its page if needed; None if it has gone."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[row % self.PAGE_SIZE] if page else None

    # Qt overrides -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ItemIdRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == RECEIVED_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            CodeRole,
            RowRole,
        ):
            return None
        item = self.row(index.row())
        if item is None:
            return None
        if role == CodeRole:
            return item.code
        if role == RowRole:
            return item
        return COLUMNS[index.column()][2](item)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 (no sort indicator) restores the default order."""
        sort = None
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            sort = CatalogueSort(COLUMNS[column][1], descending)
        if sort != self._sort:
            self.set_query(self._filter, sort)

    # Loading ------------------------------------------------------------------------------

    def _load_page(self, number: int) -> list[CatalogueRow | None]:
        start = number * self.PAGE_SIZE
        wanted = self._ids[start : start + self.PAGE_SIZE]
        try:
            by_id = {r.id: r for r in self._services.catalogue.rows(self._actor, wanted)}
        except DomainError as exc:  # painting must go on; the next paint tries again
            log.warning("catalogue page %d not loaded: %s", number, exc.message("en"))
            return []
        page = [by_id.get(i) for i in wanted]
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _next_chunk(self) -> None:
        if self._chunks is None:
            return
        chunk = next(self._chunks, None)
        if not chunk:
            self._chunks = None
            self.loaded.emit()
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(chunk) - 1)
        self._ids.extend(chunk)
        self.endInsertRows()
        self.countChanged.emit(len(self._ids))
        self._timer.start(0)

    def _close_chunks(self) -> None:
        self._timer.stop()
        if self._chunks is not None and hasattr(self._chunks, "close"):
            self._chunks.close()
        self._chunks = None
