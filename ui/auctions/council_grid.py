"""The price council's members and their opinions as a grid (Decree 152/2026 Art 60.3): one
row a member, the chairing officer first (name and position fixed), then the others as the
minutes list them; each agrees or dissents, a dissent with the price he proposes and his
reasons. What it hands back is what ``ValuationDraft`` already takes (members, opinions)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.services.auctions import CouncilOpinion
from ui.strings import tr

NAME, POSITION, OPINION, PRICE, REASONS = range(5)
#: The chair's position as the service stores it (checks.check_valuation).
CHAIR_POSITION = "Chấp hành viên, Chủ tịch Hội đồng"


class CouncilGrid(QWidget):
    """Members and opinions of a price council, chair first."""

    def __init__(self, chair: str, parent: QWidget | None = None, others: int = 2) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("council_grid")
        self.table.setHorizontalHeaderLabels([
            tr("council.name"), tr("council.position"), tr("council.opinion"),
            tr("council.price"), tr("council.reasons"),
        ])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((NAME, 180), (POSITION, 170), (OPINION, 120), (PRICE, 120)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(170)
        self.add_button = QPushButton(tr("council.add"))
        self.add_button.setObjectName("council_add")
        self.remove_button = QPushButton(tr("council.remove"))
        self.remove_button.setObjectName("council_remove")
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button.clicked.connect(self.remove_member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_member(chair, CHAIR_POSITION, fixed=True)
        for _ in range(others):
            self.add_member()

    def add_member(self, name: str = "", position: str = "", *, fixed: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NAME, name), (POSITION, position), (PRICE, ""), (REASONS, "")):
            cell = QTableWidgetItem(text)
            if column == PRICE:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if fixed and column in (NAME, POSITION):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, cell)
        said = QComboBox()
        said.setObjectName(f"council_opinion_{row}")
        said.addItem(tr("council.agrees"), True)
        said.addItem(tr("council.dissents"), False)
        self.table.setCellWidget(row, OPINION, said)
        self.remove_button.setEnabled(self.table.rowCount() > 1)
        return row

    def remove_member(self) -> None:
        """The last member (or the selected one), never the chair."""
        row = self.table.currentRow()
        if row < 1:
            row = self.table.rowCount() - 1
        if row >= 1:
            self.table.removeRow(row)
        self.remove_button.setEnabled(self.table.rowCount() > 1)

    def set_row(self, row: int, name: str, position: str, agrees: bool = True,
                price: str = "", reasons: str = "") -> None:  # fmt: skip
        """Fill a row as the officer would type it (tests use this and the real cells)."""
        while self.table.rowCount() <= row:
            self.add_member()
        if row > 0:
            self._cell(row, NAME).setText(name)
            self._cell(row, POSITION).setText(position)
        self._said(row).setCurrentIndex(0 if agrees else 1)
        self._cell(row, PRICE).setText(price)
        self._cell(row, REASONS).setText(reasons)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        assert cell is not None
        return cell

    def _said(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, OPINION)
        assert isinstance(widget, QComboBox)
        return widget

    def _text(self, row: int, column: int) -> str:
        return self._cell(row, column).text().strip()

    def members(self) -> tuple[str, ...]:
        """The other members, "Full name – position", rows without a name left out."""
        found = []
        for row in range(1, self.table.rowCount()):
            name, position = self._text(row, NAME), self._text(row, POSITION)
            if name:
                found.append(f"{name} – {position}" if position else name)
        return tuple(found)

    def opinions(self) -> tuple[CouncilOpinion, ...]:
        """One opinion a member (the chair's first), in the rows' order. A price that is not
        a number is refused here (ValueError, shown in the dialog); whether a dissent has its
        price and reasons is the service's rule (Decree 152/2026 Art 60.3)."""
        found = []
        for row in range(self.table.rowCount()):
            if row > 0 and not self._text(row, NAME):
                continue
            digits = "".join(c for c in self._text(row, PRICE) if c not in " .,đVND")
            if digits and not digits.isdigit():
                raise ValueError(tr("auction.bad_money"))
            agrees = bool(self._said(row).currentData())
            found.append(
                CouncilOpinion(agrees, int(digits) if digits else 0, self._text(row, REASONS))
            )
        return tuple(found)
