"""Search hits as a read-only table: code, name, category, status, owner, date received."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from evidence_app.domain.labels import label
from evidence_app.services.search import SearchHit
from ui.strings import language, tr

#: The item's database id, for loading it into the panel.
ItemIdRole = Qt.ItemDataRole.UserRole + 1
#: The item's code, as printed on its label.
CodeRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def local_date(hit: SearchHit) -> str:
    return hit.received_at.astimezone().strftime("%d/%m/%Y")


#: Header key and cell text of each column, in order.
COLUMNS: tuple[tuple[str, Callable[[SearchHit], str]], ...] = (
    ("col.code", lambda h: h.code),
    ("col.name", lambda h: h.name),
    ("col.category", lambda h: label(h.category, language())),
    ("col.status", lambda h: label(h.status, language())),
    ("col.owner", lambda h: h.owner_name),
    ("col.received", local_date),
)
RECEIVED_COLUMN = len(COLUMNS) - 1


class SearchModel(QAbstractTableModel):
    """Holds only the frozen hits of the last search, never database objects."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def row_of(self, item_id: int) -> int | None:
        """The row showing ``item_id``, if it is among the hits."""
        return next((r for r, h in enumerate(self._hits) if h.id == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](hit)
        if role == ItemIdRole:
            return hit.id
        if role == CodeRole:
            return hit.code
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == RECEIVED_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._hits):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
