"""The move screen (chuyển vị trí): scan a target location and items, commit them as one batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemDetails
from evidence_app.services.custody import BodyKeeper, MoveResult
from evidence_app.services.facade import Services
from ui.common.body_keeper_dialog import BodyKeeperDialog, other_body
from ui.common.errors import show_error
from ui.common.scan_feedback import notice, show_status
from ui.common.view_parts import rows_table
from ui.common.widgets import heading
from ui.moves.transfers import UnitTransferScreen
from ui.strings import language, tr

#: The database id of the row's item.
ItemIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, Callable[[ItemDetails], str]], ...] = (
    ("moves.col_code", lambda d: d.item.code),
    ("moves.col_name", lambda d: d.item.name),
    ("moves.col_status", lambda d: label(d.item.status, language())),
    ("moves.col_place", lambda d: d.location_path),
)


class MoveLinesModel(QAbstractTableModel):
    """The scanned items, in scan order, as read when scanned (with their versions)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ItemDetails] = []

    def add(self, details: ItemDetails) -> bool:
        """Append an item unless it is already listed; False for a duplicate."""
        if any(line.item.id == details.item.id for line in self._lines):
            return False
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(details)
        self.endInsertRows()
        return True

    def clear(self) -> None:
        self.beginResetModel()
        self._lines = []
        self.endResetModel()

    def lines(self) -> list[ItemDetails]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](line)
        if role == ItemIdRole:
            return line.item.id
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
        return section + 1


class MoveView(QWidget):
    """A batch of moves built by scanning; "Chuyển" (Ctrl+S) commits it in one transaction."""

    movesCommitted = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.moves = services.moves
        self.target_id: int | None = None
        self.target_warehouse_id: int | None = None
        self.target_name = ""
        self.result: MoveResult | None = None
        self.model = MoveLinesModel(self)
        self.target = QLabel()
        self.target.setObjectName("moveTarget")
        self.count = QLabel()
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("moves.note"))
        self.note.setMaxLength(1000)
        self.summary = QLabel()
        self.summary.setObjectName("moveSummary")
        self.summary.setWordWrap(True)
        self.commit_button = QPushButton(tr("moves.commit"))
        self.commit_button.setShortcut(QKeySequence("Ctrl+S"))
        self.commit_button.clicked.connect(self.commit)
        self.clear_button = QPushButton(tr("moves.clear"))
        self.clear_button.clicked.connect(self.clear)
        # Between units' warehouses it is a transfer, on papers of both units (issue 21).
        self.transfer_button = QPushButton(tr("transfers.open"))
        self.transfer_button.clicked.connect(self.open_transfers)
        self.transfer_dialog: QDialog | None = None
        self._lay_out()
        self._refresh()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("moves.title"), tr("moves.subtitle")))
        layout.addWidget(self.target)
        self.table = rows_table(self.model)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.transfer_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.commit_button)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)

    def handle_scan(self, code: str) -> bool:
        """A location sets the target, an item joins the batch; False for anything else.
        While the transfer window is open its list takes the scans (refusals said there)."""
        if self.transfer_dialog is not None and self.transfer_dialog.isVisible():
            self.transfer_dialog.findChild(UnitTransferScreen).handle_scan(code)
            return True
        try:
            found = self.services.scan.route(self.actor, code)
            if found.kind is CodeKind.LOCATION:
                place = self.services.warehouses.location(self.actor, found.id)
                self.target_id, self.target_name = place.id, place.full_name
                self.target_warehouse_id = place.warehouse_id
                self.target.setText(tr("moves.target", location=place.full_name))
            elif found.kind is CodeKind.ITEM:
                details = self.services.items.details(self.actor, found.id)
                if not self.model.add(details):
                    self._tell(tr("moves.duplicate", code=details.item.code))
            else:
                return False
        except DomainError:
            return False
        self.summary.clear()
        self._refresh()
        return True

    def commit(self) -> bool:
        """Move every listed item to the target, or none (the refusal is shown)."""
        lines = self.model.lines()
        if not lines:
            return False
        if self.target_id is None:
            self._tell(tr("moves.need_target"))
            return False
        keeper: BodyKeeper | None = None
        body = other_body(
            self.services,
            self.actor,
            [self.target_warehouse_id, *(d.item.warehouse_id for d in lines)],
        )
        if body:  # that body's keeper moves them (Decree 152/2026 Art 37.2.đ)
            keeper = BodyKeeperDialog.ask(self, body)
            if keeper is None:
                return False
        try:
            result = self.moves.move_batch(
                self.actor,
                [(d.item.id, d.item.version) for d in lines],
                self.target_id,
                self.note.text(),
                keeper,
            )
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.result = result
        self.model.clear()
        self.note.clear()
        self.summary.setText(tr("moves.done", count=result.count, location=self.target_name))
        self._refresh()
        self.movesCommitted.emit(result.count)
        return True

    def open_transfers(self) -> QDialog:
        """The transfer screen (send and receive between units) in its own window, made once
        and shown again (its list of transfers awaiting receipt read afresh)."""
        if self.transfer_dialog is not None:
            self.transfer_dialog.findChild(UnitTransferScreen).refresh()
            self.transfer_dialog.show()
            return self.transfer_dialog
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("transfers.title"))
        screen = UnitTransferScreen(self.services, self.actor, dialog)
        screen.transferReceived.connect(lambda _id: self.movesCommitted.emit(0))
        layout = QVBoxLayout(dialog)
        layout.addWidget(screen)
        dialog.resize(1200, 640)
        dialog.show()
        self.transfer_dialog = dialog
        return dialog

    def clear(self) -> None:
        """Empty the list (the target stays, for the next batch)."""
        self.model.clear()
        self.summary.clear()
        self._refresh()

    def _tell(self, message: str) -> None:
        if not show_status(self, message):
            notice(self, message)

    def _refresh(self) -> None:
        if self.target_id is None:
            self.target.setText(tr("moves.no_target"))
        self.count.setText(tr("moves.count", count=self.model.rowCount()))
        self.commit_button.setEnabled(self.model.rowCount() > 0)
        self.clear_button.setEnabled(self.model.rowCount() > 0)
