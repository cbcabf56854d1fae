"""Small pieces the item panel, the case view and the warehouse view share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
)

from ui.strings import tr


def section_title(text: str) -> QLabel:
    """A bold heading over a part of a view."""
    title = QLabel(text)
    title.setStyleSheet("font-weight: bold; margin-top: 8px;")
    return title


def rows_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table whose rows are selected whole, one at a time."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(140)
    header.setStretchLastSection(True)
    return table


def keyed_table(keys: tuple[str, ...], stretch: int) -> QTableWidget:
    """Read-only rows selected whole, headed by the texts of ``keys``; columns fit their
    text, column ``stretch`` takes the rest of the width."""
    table = QTableWidget(0, len(keys))
    table.setHorizontalHeaderLabels([tr(k) for k in keys])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # Room for the header's own padding even while the rows are empty.
    widest = max(header.fontMetrics().horizontalAdvance(tr(k)) for k in keys)
    header.setMinimumSectionSize(min(widest, 60) + 24)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row_id(table: QTableWidget) -> int | None:
    """The id kept (UserRole) in the first cell of the selected row, if a row is selected."""
    rows = table.selectionModel().selectedRows()
    cell = table.item(rows[0].row(), 0) if rows else None
    return int(cell.data(Qt.ItemDataRole.UserRole)) if cell else None
