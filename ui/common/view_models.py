"""Read-only tables of the case view and the warehouse view: item rows and cases.

Both hold frozen DTOs from the services and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from evidence_app.domain.labels import label
from evidence_app.services.core.dto import CaseView, ItemRow
from ui.strings import language, tr

#: The database id of the row's item or case.
RowIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row", ItemRow, CaseView)

ITEM_COLUMNS: tuple[tuple[str, Callable[[ItemRow], str]], ...] = (
    ("col.code", lambda r: r.code),
    ("col.name", lambda r: r.name),
    ("col.category", lambda r: label(r.category, language())),
    ("col.status", lambda r: label(r.status, language())),
    ("warehouse.col_location", lambda r: r.location_name),
    ("panel.disposition", lambda r: label(r.disposition, language())),
)
CASE_COLUMNS: tuple[tuple[str, Callable[[CaseView], str]], ...] = (
    ("case.col_name", lambda c: c.name),
    ("case.col_judgment", lambda c: c.judgment_number),
    ("case.col_decision", lambda c: c.decision_number),
)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows with an ``id``, each column's header key and text given at construction."""

    def __init__(
        self, columns: tuple[tuple[str, Callable[[Row], str]], ...], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        return next((r for r, x in enumerate(self._rows) if x.id == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == RowIdRole:
            return row.id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return tr(self._columns[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def item_rows_model(parent: Any = None) -> RowsModel[ItemRow]:
    return RowsModel(ITEM_COLUMNS, parent)


def cases_model(parent: Any = None) -> RowsModel[CaseView]:
    return RowsModel(CASE_COLUMNS, parent)
