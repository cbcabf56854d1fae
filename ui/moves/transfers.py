"""The transfer screen (chuyển vật chứng giữa các đơn vị, issue 21): the sending unit's keeper
scans the items and the receiving location and issues the handover paper; the receiving
unit's keeper picks the transfer awaiting receipt and confirms it (the receipt paper).

Each scanned item is checked as the handover will check it (``TransferService.sendable``):
an unknown code, another unit's item, an item already listed or not stored (or in transit)
beeps, says why, and lists nothing. Scans come from the scan field (Enter ends a code, as a
wedge scanner types it) or, while the screen is open, from the main window's scanner through
the move screen (``handle_scan``)."""

from __future__ import annotations

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
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import SendableItem, TransferView
from evidence_app.services.facade import Services
from ui.common.errors import message_of, show_error
from ui.common.scan_feedback import beep, show_status
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
LINE_COLUMNS = ("transfers.col_code", "transfers.col_name", "transfers.col_unit")


class UnitTransferScreen(QWidget):
    """Both steps of a transfer between units: send (handover) and receive (receipt)."""

    transferSent = Signal(int)
    transferReceived = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        #: The scanned items, in scan order.
        self.lines: list[SendableItem] = []
        self.scan = QLineEdit()
        self.scan.setObjectName("transferScan")
        self.scan.setPlaceholderText(tr("transfers.scan_hint"))
        self.scan.returnPressed.connect(self._scan_typed)
        self.items = keyed_table(LINE_COLUMNS, 1)
        self.items.setObjectName("transferItems")
        self.count = QLabel()
        self.clear_button = QPushButton(tr("transfers.clear"))
        self.clear_button.clicked.connect(self.clear_lines)
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
        self._show_lines()
        self.refresh()

    def _lay_out(self) -> None:
        # In a dialog Enter would press the default button: the scanner's Enter must only
        # end a code, never issue a paper or confirm a receipt.
        for button in (self.clear_button, self.send_button, self.receive_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("transfers.title"), tr("transfers.subtitle")))
        layout.addWidget(section_title(tr("transfers.send_section")))
        form = QFormLayout()
        form.addRow(tr("transfers.scan"), self.scan)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        form = QFormLayout()
        form.addRow(tr("transfers.target"), self.target)
        form.addRow(tr("transfers.note"), self.note)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        layout.addWidget(section_title(tr("transfers.receive_section")))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receive_button)
        layout.addLayout(row)
        layout.addWidget(self.summary)

    def handle_scan(self, code: str) -> bool:
        """A scanned item joins the list, checked first; a location code names where the
        items go. False, with a beep and the reason, for anything refused."""
        try:
            parsed = parse_code(code)
            code = parsed.text
            if parsed.kind is CodeKind.LOCATION:
                self.services.transfers.target_location(self.actor, code)
                self.target.setText(code)
                self.summary.setText(tr("transfers.target_set", code=code))
                return True
            if any(line.code == code for line in self.lines):
                return self._refuse(tr("transfers.duplicate", code=code))
            unit = self.lines[0].unit_id if self.lines else None
            found = self.services.transfers.sendable(self.actor, code, unit)
        except DomainError as exc:
            return self._refuse(message_of(exc))
        self.lines.append(found)
        self.summary.setText(tr("transfers.listed", code=found.code, name=found.name))
        self._show_lines()
        return True

    def clear_lines(self) -> None:
        self.lines = []
        self._show_lines()

    def send(self) -> bool:
        """Step 1: the handover paper for the listed items to the receiving location."""
        place = self.target.text().strip()
        if not self.lines or not place:
            self.summary.setText(tr("transfers.need_codes"))
            return False
        try:
            location_id = self._location(place)
            sent = self.services.transfers.send(
                self.actor, [line.id for line in self.lines], location_id, self.note.text()
            )
        except LookupError as missing:
            self.summary.setText(tr("transfers.unknown_code", code=str(missing.args[0])))
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.clear_lines()
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

    def _scan_typed(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if text.strip():
            self.handle_scan(text)

    def _refuse(self, message: str) -> bool:
        """A refused scan: a beep, the reason on the screen (and in the status bar)."""
        beep()
        self.summary.setText(message)
        show_status(self, message)
        return False

    def _show_lines(self) -> None:
        self.items.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            for c, text in enumerate((line.code, line.name, line.unit)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.items.setItem(r, c, cell)
        self.count.setText(tr("transfers.count", count=len(self.lines)))
        self.clear_button.setEnabled(bool(self.lines))
        self.send_button.setEnabled(bool(self.lines))


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
