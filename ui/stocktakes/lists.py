"""The four lists of a stocktake as table models: present, missing, misplaced, unknown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from evidence_app.services.stocktakes import FindingView
from ui.strings import tr

#: The finding's item code.
CodeRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, Callable[[FindingView], str]], ...] = (
    ("stocktake.col_code", lambda f: f.code),
    ("stocktake.col_name", lambda f: f.name),
    ("stocktake.col_recorded", lambda f: f.recorded_location),
    ("stocktake.col_seen", lambda f: f.seen_location),
    ("stocktake.col_done", lambda f: tr("stocktake.yes") if f.resolved else ""),
)


class FindingsModel(QAbstractTableModel):
    """One of the four lists."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[FindingView, ...] = ()

    def set_rows(self, rows: tuple[FindingView, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> tuple[FindingView, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](row)
        if role == CodeRole:
            return row.code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        return section + 1
