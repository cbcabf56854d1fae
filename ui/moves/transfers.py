"""The transfer screen (chuyển vật chứng giữa các đơn vị, issue 21): the sending unit's keeper
lists items and the receiving location and issues the handover paper; the receiving unit's
keeper picks the transfer awaiting receipt and confirms it (the receipt paper)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import display
from evidence_app.domain.codes import CodeKind
from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import TransferView
from evidence_app.services.facade import Services
from ui.common.errors import show_error
from ui.common.view_parts import keyed_table, section_title, selected_row_id
from ui.common.widgets import heading
from ui.strings import tr

COLUMNS = (
    "transfers.col_number",
    "transfers.col_from",
    "transfers.col_to",
    "transfers.col_place",
    "transfers.col_items",
    "transfers.col_sender",
    "transfers.col_sent",
)


class UnitTransferScreen(QWidget):
    """Both steps of a transfer between units: send (handover) and receive (receipt)."""

    transferSent = Signal(int)
    transferReceived = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.codes = QLineEdit()
        self.codes.setObjectName("transferCodes")
        self.codes.setPlaceholderText("VC-2026-000001, VC-2026-000002")
        self.target = QLineEdit()
        self.target.setObjectName("transferTarget")
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        self.send_button = QPushButton(tr("transfers.send"))
        self.send_button.clicked.connect(self.send)
        self.table = keyed_table(COLUMNS, 4)
        self.receive_button = QPushButton(tr("transfers.receive"))
        self.receive_button.clicked.connect(self.receive)
        self.summary = QLabel()
        self.summary.setObjectName("transferSummary")
        self.summary.setWordWrap(True)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("transfers.title"), tr("transfers.subtitle")))
        layout.addWidget(section_title(tr("transfers.send_section")))
        form = QFormLayout()
        form.addRow(tr("transfers.codes"), self.codes)
        form.addRow(tr("transfers.target"), self.target)
        form.addRow(tr("transfers.note"), self.note)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        layout.addWidget(section_title(tr("transfers.receive_section")))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receive_button)
        layout.addLayout(row)
        layout.addWidget(self.summary)

    def send(self) -> bool:
        """Step 1: the handover paper for the typed items to the typed location."""
        codes = [c for c in re.split(r"[\s,;]+", self.codes.text()) if c]
        place = self.target.text().strip()
        if not codes or not place:
            self.summary.setText(tr("transfers.need_codes"))
            return False
        try:
            item_ids = [self._find(code, CodeKind.ITEM) for code in codes]
            location_id = self._location(place)
            sent = self.services.transfers.send(self.actor, item_ids, location_id, self.note.text())
        except LookupError as missing:
            self.summary.setText(tr("transfers.unknown_code", code=str(missing.args[0])))
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.codes.clear()
        self.note.clear()
        self.summary.setText(
            tr(
                "transfers.sent",
                number=sent.handover_number,
                count=len(sent.item_codes),
                unit=sent.to_unit,
            )
        )
        self.refresh()
        self.transferSent.emit(sent.id)
        return True

    def receive(self) -> bool:
        """Step 2: the selected transfer received by this user (the receipt paper)."""
        transfer_id = selected_row_id(self.table)
        if transfer_id is None:
            return False
        try:
            got = self.services.transfers.receive(self.actor, transfer_id)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.summary.setText(
            tr("transfers.received", handover=got.handover_number, number=got.receipt_number)
        )
        self.refresh()
        self.transferReceived.emit(got.id)
        return True

    def refresh(self) -> None:
        try:
            rows = self.services.transfers.open_transfers(self.actor)
        except DomainError as exc:
            show_error(self, exc)
            rows = []
        self.table.setRowCount(len(rows))
        for r, t in enumerate(rows):
            for c, text in enumerate(_cells(t)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, t.id)
                self.table.setItem(r, c, cell)
        if rows:
            self.table.selectRow(0)
        elif not self.summary.text():
            self.summary.setText(tr("transfers.none_open"))
        self.receive_button.setEnabled(bool(rows))

    def _location(self, code: str) -> int:
        try:
            return self.services.transfers.target_location(self.actor, code)
        except DomainError:
            raise LookupError(code) from None

    def _find(self, code: str, kind: CodeKind) -> int:
        try:
            found = self.services.scan.route(self.actor, code)
        except DomainError:
            raise LookupError(code) from None
        if found.kind is not kind:
            raise LookupError(code)
        return found.id


def _cells(t: TransferView) -> tuple[str, ...]:
    return (
        t.handover_number,
        t.from_unit,
        t.to_unit,
        t.to_location,
        ", ".join(t.item_codes),
        t.sent_by,
        display.day(t.sent_at),
    )
