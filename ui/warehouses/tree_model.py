"""A warehouse's location tree: name, code and the items held in each subtree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from evidence_app.services.core.dto import LocationNode
from ui.common.formats import number
from ui.strings import tr

#: The location's database id.
LocationIdRole = Qt.ItemDataRole.UserRole + 1
#: Items held at the location and below it (an int, for sorting and tests).
CountRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("warehouse.col_location", "warehouse.col_code", "warehouse.col_count")
COUNT_COLUMN = 2
_ROOT = -1

Index = QModelIndex | QPersistentModelIndex


class LocationTreeModel(QAbstractItemModel):
    """Nodes come parents first (``WarehouseService.tree``); an index's id is its node's place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: tuple[LocationNode, ...] = ()
        self._parent: list[int] = []
        self._children: dict[int, list[int]] = {_ROOT: []}
        self._row: list[int] = []

    def set_nodes(self, nodes: tuple[LocationNode, ...]) -> None:
        self.beginResetModel()
        self._nodes = nodes
        position = {n.location.id: i for i, n in enumerate(nodes)}
        self._parent = [position.get(n.location.parent_id or 0, _ROOT) for n in nodes]
        self._children = {_ROOT: []} | {i: [] for i in range(len(nodes))}
        self._row = []
        for i, parent in enumerate(self._parent):
            self._row.append(len(self._children[parent]))
            self._children[parent].append(i)
        self.endResetModel()

    def node(self, index: Index) -> LocationNode:
        return self._nodes[index.internalId()]

    def index_of(self, location_id: int) -> QModelIndex:
        """The first-column index of a location, or an invalid index."""
        for i, n in enumerate(self._nodes):
            if n.location.id == location_id:
                return self.createIndex(self._row[i], 0, i)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        key = parent.internalId() if parent.isValid() else _ROOT
        children = self._children.get(key, [])
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if not (0 <= row < len(children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._parent[child.internalId()]
        if parent == _ROOT:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._children[_ROOT])
        if parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId(), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (node.location.name, node.location.code, number(node.count))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.location.full_name
        if role == LocationIdRole:
            return node.location.id
        if role == CountRole:
            return node.count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
