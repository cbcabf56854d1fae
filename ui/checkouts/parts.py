"""Parts of the temporary-release screen: the open-releases table and the return dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.labels import label
from evidence_app.services.core.dto import CheckoutView as Checkout
from ui.common.formats import day, local_datetime
from ui.common.widgets import ErrorLabel, heading
from ui.strings import language, tr

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#a61b1b")

COLUMNS: tuple[tuple[str, Callable[[Checkout, date], str]], ...] = (
    ("checkout.col_code", lambda c, _t: c.item_code),
    ("checkout.col_name", lambda c, _t: c.item_name),
    ("checkout.col_body", lambda c, _t: c.requesting_body),
    ("checkout.col_purpose", lambda c, _t: c.purpose_note or label(c.purpose, language())),
    ("checkout.col_released", lambda c, _t: local_datetime(c.released_at)),
    ("checkout.col_due", lambda c, _t: day(c.due_on)),
    ("checkout.col_late", lambda c, t: str(c.days_overdue(t) or "")),
    ("checkout.col_responsible", lambda c, _t: c.responsible_name),
)


class OpenReleasesModel(QAbstractTableModel):
    """Items out on temporary release, overdue ones in red; optionally only those."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Checkout] = []
        self._rows: list[Checkout] = []
        self.only_overdue = False
        self.today = agency_today()

    def set_rows(self, rows: list[Checkout], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or agency_today()
        self._all = sorted(rows, key=lambda c: (c.due_on, c.item_code))
        self._rows = [c for c in self._all if not self.only_overdue or self._late(c)]
        self.endResetModel()

    def set_only_overdue(self, only: bool) -> None:
        self.only_overdue = only
        self.set_rows(self._all, self.today)

    def checkout(self, row: int) -> Checkout:
        return self._rows[row]

    def counts(self) -> tuple[int, int]:
        """(items out, of which overdue)."""
        return len(self._all), sum(1 for c in self._all if self._late(c))

    def _late(self, c: Checkout) -> bool:
        return c.days_overdue(self.today) > 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](c, self.today)
        if role == Qt.ItemDataRole.ForegroundRole and self._late(c):
            return QBrush(OVERDUE_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section][0])
        return None


@dataclass(frozen=True, slots=True)
class ReturnCheck:
    """What the keeper saw when the item came back."""

    condition_ok: bool
    condition: str


class ReturnDialog(QDialog):
    """Take one item back: as it was, or not (then the condition must be described)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_check: ReturnCheck | None = None
        self.setWindowTitle(tr("checkout.return_title", code=code))
        self.setMinimumWidth(480)
        self.ok = QRadioButton(tr("checkout.condition_ok"))
        self.bad = QRadioButton(tr("checkout.condition_bad"))
        self.ok.setChecked(True)
        self.condition = QPlainTextEdit()
        self.condition.setPlaceholderText(tr("checkout.condition"))
        self.condition.setMaximumHeight(80)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.ok"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(tr("checkout.return_title", code=code), tr("checkout.return_subtitle"))
        )
        for widget in (self.ok, self.bad, self.condition, self.error, buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        text = self.condition.toPlainText().strip()
        if self.bad.isChecked() and not text:
            self.error.show_message(tr("checkout.condition_needed"))
            return
        self.result_check = ReturnCheck(self.ok.isChecked(), text)
        super().accept()

    @classmethod
    def ask(cls, code: str, parent: QWidget | None = None) -> ReturnCheck | None:
        dialog = cls(code, parent)
        return dialog.result_check if dialog.exec() == QDialog.DialogCode.Accepted else None
