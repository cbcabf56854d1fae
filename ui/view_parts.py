"""Small pieces the item panel, the case view and the warehouse view share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView


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
